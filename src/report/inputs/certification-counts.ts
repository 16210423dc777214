/**
 * Counting the enterprise registry: per certificate kind and year end, the enterprises
 * holding a valid certificate and those ever certified, and — for each enterprise-count
 * indicator of the plan — the count its measurement describes. Validity on 31 December is
 * the registry's one rule (store/certificate-validity.ts); the demo's tally uses the same
 * rule, so the registry and the demo observations agree.
 */
import type { Plan } from '../../plan/derive.ts';
import { certificationKinds, type CertificationKindId } from '../../records/certification.ts';
import { certificateValidOn, holdsValidCertificate } from '../../store/certificate-validity.ts';
import type { Db } from '../../store/open-database.ts';
import type { CertificationYear, RegistryCount } from '../model/inputs.ts';

export async function certificationYears(db: Db, fromYear: number, toYear: number): Promise<CertificationYear[]> {
  const out: CertificationYear[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    const yearEnd = `${year}-12-31`;
    const count = (rows: { kind: string; n: number | string | bigint }[]) => new Map(rows.map((r) => [r.kind, Number(r.n)]));
    const valid = count(
      await db
        .selectFrom('certifications as c')
        .select((eb) => ['c.kind', eb.fn.count<number>('c.creditCode').distinct().as('n')])
        .where(certificateValidOn('c', yearEnd))
        .groupBy('c.kind')
        .execute(),
    );
    const ever = count(
      await db
        .selectFrom('certifications as c')
        .select((eb) => ['c.kind', eb.fn.count<number>('c.creditCode').distinct().as('n')])
        .where('c.issuedOn', '<=', yearEnd)
        .groupBy('c.kind')
        .execute(),
    );
    const fresh = count(
      await db
        .selectFrom('certifications as c')
        .select((eb) => ['c.kind', eb.fn.count<number>('c.creditCode').distinct().as('n')])
        .where('c.issuedOn', '>=', `${year}-01-01`)
        .where('c.issuedOn', '<=', yearEnd)
        .groupBy('c.kind')
        .execute(),
    );
    for (const kind of certificationKinds) {
      out.push({ kind, year, validAtYearEnd: valid.get(kind) ?? 0, cumulative: ever.get(kind) ?? 0, newInYear: fresh.get(kind) ?? 0 });
    }
  }
  return out;
}

export async function registryCounts(db: Db, plan: Plan, fromYear: number, toYear: number): Promise<RegistryCount[]> {
  const out: RegistryCount[] = [];
  for (const indicator of plan.indicators) {
    const m = indicator.measurement;
    if (m.kind !== 'enterprise_count' || !(certificationKinds as readonly string[]).includes(m.certification)) continue;
    for (let year = fromYear; year <= toYear; year++) {
      const yearEnd = `${year}-12-31`;
      let query = db
        .selectFrom('certifications as c')
        .select((eb) => eb.fn.count<number>('c.creditCode').distinct().as('n'))
        .where('c.kind', '=', m.certification as CertificationKindId)
        .where((eb) => (m.cumulative ? eb('c.issuedOn', '<=', yearEnd) : certificateValidOn('c', yearEnd)));
      if (m.aboveSizeOnly) query = query.where((eb) => holdsValidCertificate(eb.ref('c.creditCode'), 'above-size', yearEnd));
      const row = await query.executeTakeFirstOrThrow();
      out.push({ indicatorId: indicator.id, year, count: Number(row.n) });
    }
  }
  return out;
}

export async function certificationRows(db: Db): Promise<{ total: number; demo: number }> {
  const row = await db
    .selectFrom('certifications')
    .select(({ fn }) => [fn.countAll<number>().as('n'), fn.sum<number>('isDemo').as('demo')])
    .executeTakeFirstOrThrow();
  return { total: Number(row.n), demo: Number(row.demo ?? 0) };
}
