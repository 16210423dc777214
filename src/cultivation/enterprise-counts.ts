/**
 * What the plan's enterprise-count indicators count (表2-1: 规上高新技术企业, 专精特新累计,
 * 小巨人累计…): a certificate kind, valid at year end or ever held (cumulative), and
 * optionally only enterprises above designated size at year end. One definition, used by
 * the registry counts, the observations made from them and the pipeline targets.
 */
import type { Plan } from '../plan/derive.ts';
import type { CertificationInput, CertificationKindId } from '../records/certification.ts';
import { everHeld, holdsValid } from './certificates.ts';

export interface EnterpriseCountSpec {
  certification: CertificationKindId;
  aboveSizeOnly: boolean;
  cumulative: boolean;
}

export interface CountedIndicator {
  indicatorId: string;
  spec: EnterpriseCountSpec;
}

export function countedIndicators(plan: Plan): CountedIndicator[] {
  return plan.indicators.flatMap((i) =>
    i.measurement.kind === 'enterprise_count'
      ? [{ indicatorId: i.id, spec: { certification: i.measurement.certification as CertificationKindId, aboveSizeOnly: i.measurement.aboveSizeOnly, cumulative: i.measurement.cumulative } }]
      : [],
  );
}

export function specKey(spec: EnterpriseCountSpec): string {
  return `${spec.certification}|${spec.aboveSizeOnly ? 'above-size' : 'all'}|${spec.cumulative ? 'cumulative' : 'valid'}`;
}

/** The distinct specs of a plan's indicators (two indicators may count the same thing). */
export function countSpecs(plan: Plan): EnterpriseCountSpec[] {
  const byKey = new Map(countedIndicators(plan).map(({ spec }) => [specKey(spec), spec]));
  return [...byKey.values()];
}

/** Whether an enterprise's certificates make it count on a day (the last day of the year, for a yearly count). */
export function counts(spec: EnterpriseCountSpec, certificates: readonly CertificationInput[], date: string): boolean {
  const held = spec.cumulative ? everHeld(certificates, spec.certification, date) : holdsValid(certificates, spec.certification, date);
  return held && (!spec.aboveSizeOnly || holdsValid(certificates, 'above-size', date));
}
