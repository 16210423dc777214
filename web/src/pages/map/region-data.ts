/**
 * One region against the others: its rows of the evaluation with the rank of each value
 * among the regions, the values of one indicator across all regions for a comparison, and
 * its enterprises by certificate (the registry) with the pipeline's candidates.
 */
import type { CertificationKindId } from '../../../../src/records/certification.ts';
import { latestObserved } from '../../api/evaluation-reading.ts';
import type { IndustryStructure, PipelineJson } from '../../api/types.ts';
import { certificationKinds } from '../../../../src/records/certification.ts';
import { ranks, type RegionalRow } from './map-data.ts';

export interface RegionIndicatorRow {
  row: RegionalRow;
  observed: { year: number; value: number; baseline: boolean } | null;
  rank: number | null;
  /** How many regions have a value of the indicator. */
  ranked: number;
}

/** The region's rows, in the evaluation's order, each with its rank (1 = best, by the indicator's direction). */
export function regionIndicatorRows(regional: readonly RegionalRow[], code: string): RegionIndicatorRow[] {
  return regional
    .filter((r) => r.region === code)
    .map((row) => {
      const peers = regional.filter((r) => r.id === row.id);
      const values = peers.map((p) => latestObserved(p)?.value ?? null);
      const rankOf = ranks(values, row.direction ?? 'increase');
      const index = peers.findIndex((p) => p.region === code);
      return { row, observed: latestObserved(row), rank: rankOf[index] ?? null, ranked: values.filter((v) => v !== null).length };
    });
}

export interface ComparePoint {
  code: string;
  value: number;
}

/** One indicator's values across the regions, best first (by its direction). */
export function compareValues(regional: readonly RegionalRow[], indicatorId: string): ComparePoint[] {
  const rows = regional.filter((r) => r.id === indicatorId);
  const direction = rows[0]?.direction ?? 'increase';
  return rows
    .map((r) => ({ code: r.region, value: latestObserved(r)?.value ?? null }))
    .filter((p): p is ComparePoint => p.value !== null)
    .sort((a, b) => (direction === 'increase' ? b.value - a.value : a.value - b.value));
}

export interface TierRow {
  kind: CertificationKindId;
  certified: number;
  /** From the pipeline (tiers with a rule set); null when it does not assess the kind or is not loaded. */
  candidates: number | null;
  nearMisses: number | null;
}

/** Every certificate kind, in ladder order: enterprises holding it in the region, and the pipeline's candidates and near misses. */
export function tierRows(code: string, structure: IndustryStructure, pipeline: PipelineJson | undefined): TierRow[] {
  const region = structure.regions.find((r) => r.regionCode === code);
  return certificationKinds.map((kind) => {
    const counts = pipeline?.tiers.find((t) => t.tier === kind)?.byRegion.find((r) => r.regionCode === code)?.counts;
    return {
      kind,
      certified: region?.certificates.find((c) => c.kind === kind)?.enterprises ?? 0,
      candidates: counts ? counts.candidates : null,
      nearMisses: counts ? counts.nearMisses : null,
    };
  });
}
