/**
 * What the cultivation engine knows of one enterprise: its registry record, its yearly
 * figures, its certificates and the facts confirmed for it — and the day it is judged on.
 */
import type { CertificationInput } from '../records/certification.ts';
import type { EnterpriseAnnualInput } from '../records/enterprise-annual.ts';
import type { EnterpriseInput } from '../records/enterprise.ts';
import type { EnterpriseFacts } from './facts.ts';
import type { AnnualField } from './measure-schema.ts';

export interface EnterpriseSnapshot {
  enterprise: EnterpriseInput;
  /** Any years; the engine picks the ones it needs. */
  annual: readonly EnterpriseAnnualInput[];
  certifications: readonly CertificationInput[];
  /** Confirmations, levels and expert points given so far (absent = missing). */
  facts?: EnterpriseFacts;
  /** Demo rows, to be labelled as such. */
  demo?: boolean;
}

/**
 * When an assessment is made: `date` picks the rule set in force and decides which
 * certificates are valid; `dataYear` is the latest fiscal year whose figures count
 * ("上年度" for an application made in the following year).
 */
export interface AssessmentDate {
  date: string;
  dataYear: number;
}

/** The default for "assess year Y": figures up to Y, judged on 31 December of Y. */
export function yearEnd(year: number): AssessmentDate {
  return { date: `${year}-12-31`, dataYear: year };
}

/** A piece of data an assessment needed and did not have. `fact`s are confirmations; the rest are figures. */
export type MissingItem =
  | { kind: 'annual'; field: AnnualField; year: number }
  | { kind: 'enterprise'; field: string }
  | { kind: 'fact'; id: string };

function missingKey(item: MissingItem): string {
  return item.kind === 'annual' ? `annual:${item.year}:${item.field}` : item.kind === 'enterprise' ? `enterprise:${item.field}` : `fact:${item.id}`;
}

/** The items of several lists, each once, in first-seen order. */
export function uniqueMissing(lists: readonly (readonly MissingItem[])[]): MissingItem[] {
  // Most enterprises miss nothing: no map, no copies.
  const nonEmpty = lists.filter((l) => l.length > 0);
  if (nonEmpty.length === 0) return [];
  if (nonEmpty.length === 1 && nonEmpty[0]!.length === 1) return [...nonEmpty[0]!];
  const seen = new Map<string, MissingItem>();
  for (const list of lists) for (const item of list) if (!seen.has(missingKey(item))) seen.set(missingKey(item), item);
  return [...seen.values()];
}
