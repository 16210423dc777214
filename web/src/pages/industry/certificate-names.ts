/** The names of the registry's certificate kinds: the cultivation tiers' own, and 规上 (above designated size). */
import type { Text } from '../../api/text.ts';
import { tierNames } from '../../../../src/cultivation/tiers.ts';
import type { CertificationKindId } from '../../../../src/records/certification.ts';

export const CERTIFICATE_NAMES: Record<CertificationKindId, Text> = {
  ...tierNames,
  'above-size': { zh: '规模以上企业', en: 'Above designated size' },
};

/** The kinds in the order of the ladder (highest recognition last), then 规上. */
export const CERTIFICATE_ORDER: readonly CertificationKindId[] = ['hte', 'tech-sme', 'innovative-sme', 'srdi-sme', 'little-giant', 'single-champion', 'above-size'];
