/**
 * Things an evaluation noticed that are not errors: a reader should see them beside the
 * numbers (an observed baseline far from the plan's, regions that do not add up, …).
 */
import type { Text } from '../plan/schema.ts';

export type FindingCode = 'baseline_deviation' | 'regional_sum_mismatch' | 'ratio_denominator_zero';

export interface EvaluationFinding {
  code: FindingCode;
  indicatorId: string;
  region?: string;
  year?: number;
  message: Text;
}
