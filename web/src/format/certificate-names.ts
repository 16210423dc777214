/**
 * The names of the registry's certificate kinds: the cultivation tiers' proper names, and the
 * record's own label for the rest (规模以上企业) — so the enterprise, industry and map pages
 * name a certificate the same way.
 */
import type { Text } from '../api/text.ts';
import { tierNames, type TierId } from '../../../src/cultivation/tiers.ts';
import { certificationKind, type CertificationKindId } from '../../../src/records/certification.ts';

const kindLabels = new Map((certificationKind.fields.find((f) => f.key === 'kind')?.values ?? []).map((v) => [v.value, v.label]));

/** A certificate kind's name: the tier's proper name (高新技术企业 / High-tech enterprise), else the record's label (规模以上企业). */
export function certificationName(kind: CertificationKindId | string): Text {
  const tier = tierNames[kind as TierId] as Text | undefined;
  if (tier) return tier;
  const label = kindLabels.get(kind);
  return label ? { zh: label.zh, en: label.en.charAt(0).toUpperCase() + label.en.slice(1) } : { zh: kind, en: kind };
}
