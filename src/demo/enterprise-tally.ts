/**
 * One pass over the enterprises — places and certificates only, no yearly figures, nothing
 * kept — counting what the observations and the summary need: for each enterprise-count
 * indicator the number of enterprises per region and year end, and for each certificate
 * kind how many are valid and how many enterprises were ever certified. Because it calls
 * the very code that streams the enterprises, the observations equal what the stream implies.
 */
import { certificationKinds, type CertificationKindId } from '../records/certification.ts';
import type { DemoContext } from './demo-context.ts';
import { isoDate } from './demo-dates.ts';
import { enterpriseCore } from './demo-enterprises.ts';

export interface KindTally {
  /** Enterprises holding a valid certificate on 31 December, per year of `years`. */
  validAtYearEnd: number[];
  /** Enterprises certified at least once by 31 December, per year of `years`. */
  everCertified: number[];
}

export interface EnterpriseTally {
  years: number[];
  /** Enterprise-count indicator id → region code → count per year of `years`. */
  series: Map<string, Map<string, number[]>>;
  kinds: Record<CertificationKindId, KindTally>;
  annualRows: number;
  certificationRows: number;
}

export function tallyEnterprises(ctx: DemoContext): EnterpriseTally {
  const { years } = ctx;
  const counted = ctx.plan.indicators.flatMap((i) => (i.measurement.kind === 'enterprise_count' ? [{ id: i.id, m: i.measurement }] : []));
  const series = new Map(counted.map(({ id }) => [id, new Map(ctx.weights.codes.map((code) => [code, years.map(() => 0)]))]));
  const kinds = Object.fromEntries(certificationKinds.map((k) => [k, { validAtYearEnd: years.map(() => 0), everCertified: years.map(() => 0) }])) as Record<
    CertificationKindId,
    KindTally
  >;
  const kindIndex = new Map<string, number>(certificationKinds.map((k, i) => [k, i]));
  const aboveSizeIndex = kindIndex.get('above-size')!;
  const yearEnds = years.map((y) => isoDate(y, 12, 31));
  // Per enterprise, one bit per year: valid on 31 December / certified by then.
  const valid = new Uint32Array(certificationKinds.length);
  const ever = new Uint32Array(certificationKinds.length);
  let annualRows = 0;
  let certificationRows = 0;

  for (let index = 0; index < ctx.options.enterprises; index++) {
    const core = enterpriseCore(ctx, index);
    const founded = Number(core.foundedOn.slice(0, 4));
    annualRows += ctx.options.lastYear - Math.max(ctx.options.firstEnterpriseYear, founded) + 1;
    certificationRows += core.certifications.length;
    valid.fill(0);
    ever.fill(0);
    for (const c of core.certifications) {
      const kind = kindIndex.get(c.kind)!;
      for (let k = 0; k < yearEnds.length; k++) {
        const yearEnd = yearEnds[k]!;
        if (c.issuedOn > yearEnd) continue;
        ever[kind]! |= 1 << k;
        if (c.expiresOn === null || c.expiresOn >= yearEnd) valid[kind]! |= 1 << k;
      }
    }
    certificationKinds.forEach((kind, i) => {
      for (let k = 0; k < years.length; k++) {
        if (valid[i]! & (1 << k)) kinds[kind].validAtYearEnd[k]!++;
        if (ever[i]! & (1 << k)) kinds[kind].everCertified[k]!++;
      }
    });
    for (const { id, m } of counted) {
      const kind = kindIndex.get(m.certification);
      if (kind === undefined) continue;
      let holds = (m.cumulative ? ever : valid)[kind]!;
      if (m.aboveSizeOnly) holds &= valid[aboveSizeIndex]!;
      if (holds === 0) continue;
      const counts = series.get(id)!.get(core.regionCode)!;
      for (let k = 0; k < years.length; k++) if (holds & (1 << k)) counts[k]!++;
    }
  }
  return { years, series, kinds, annualRows, certificationRows };
}
