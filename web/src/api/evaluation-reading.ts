/**
 * The evaluation document as the pages read it: typed whole (the API's schema is loose, the
 * body is the CLI's JSON), and an indicator's latest observed value.
 */
import type { FullEvaluation } from './types.ts';

/** The typed document: the API's schema is loose, the body is the CLI's JSON whole. */
export function asFullEvaluation(document: unknown): FullEvaluation {
  return document as FullEvaluation;
}

interface Observed {
  year: number;
  value: number;
}

/** The latest observed value: the evaluation's latest, else its baseline (the base year itself has no "latest"). */
export function latestObserved(e: { latest: Observed | null; baseline: Observed | null }): { year: number; value: number; baseline: boolean } | null {
  if (e.latest) return { year: e.latest.year, value: e.latest.value, baseline: false };
  if (e.baseline) return { year: e.baseline.year, value: e.baseline.value, baseline: true };
  return null;
}
