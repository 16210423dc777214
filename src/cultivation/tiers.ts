/**
 * The tiers of enterprise cultivation (企业梯度培育) Plansight assesses, and their names.
 * Each is also a certificate kind of the registry, so "certified" means holding that kind.
 */
import type { CertificationKindId } from '../records/certification.ts';
import type { Text } from '../plan/schema.ts';

export const tierIds = ['hte', 'tech-sme', 'innovative-sme', 'srdi-sme', 'little-giant', 'single-champion'] as const satisfies readonly CertificationKindId[];
export type TierId = (typeof tierIds)[number];

export const tierNames: Record<TierId, Text> = {
  hte: { zh: '高新技术企业', en: 'High-tech enterprise' },
  'tech-sme': { zh: '科技型中小企业', en: 'Technology-based SME' },
  'innovative-sme': { zh: '创新型中小企业', en: 'Innovative SME' },
  'srdi-sme': { zh: '专精特新中小企业', en: 'SRDI SME' },
  'little-giant': { zh: '专精特新“小巨人”企业', en: 'Little giant' },
  'single-champion': { zh: '制造业单项冠军', en: 'Single-product champion' },
};

export function isTierId(value: string): value is TierId {
  return (tierIds as readonly string[]).includes(value);
}
