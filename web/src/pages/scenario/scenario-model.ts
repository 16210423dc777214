/**
 * The scenario page's assumptions and how they become a POST /api/scenario body. Only what
 * the reader changed is sent: everything else keeps the server's default (growth so far,
 * else the growth the plan requires), so the answer's `assumption` of each line stays true.
 * Pure, no React: unit-tested beside.
 */
import type { ScenarioAssumption, ScenarioBody, ScenarioLine, ScenarioResult } from '../../api/types.ts';

/** Where a cluster's growth came from on this page: typed in, or one of the preset buttons. */
export type GrowthSource = 'manual' | 'required';

export interface ClusterOverride {
  pct: number;
  source: GrowthSource;
}

/** Share indicator → what drives its numerator: `total` or a cluster id (absent: its growth so far). */
export type ShareDrivers = Record<string, string>;

export interface ScenarioInputs {
  /** Start year; null: the latest year with data (the server's default). */
  year: number | null;
  includePending: boolean;
  /** Only the clusters the reader changed. */
  clusters: Record<string, ClusterOverride>;
  /** null: GDP's growth so far. */
  gdpGrowthPct: number | null;
  /** null: the total grows as the clusters' sum does. */
  totalGrowthPct: number | null;
  shareDrivers: ShareDrivers;
}

export const DEFAULT_INPUTS: ScenarioInputs = {
  year: null,
  includePending: false,
  clusters: {},
  gdpGrowthPct: null,
  totalGrowthPct: null,
  shareDrivers: {},
};

/** The request for the defaults: no assumptions, only the year and whether pending values count. */
export function defaultsBody(inputs: Pick<ScenarioInputs, 'year' | 'includePending'>): ScenarioBody {
  return {
    ...(inputs.year === null ? {} : { year: inputs.year }),
    ...(inputs.includePending ? { includePending: true } : {}),
  };
}

/** The request for these assumptions; keys only for what differs from the defaults. */
export function scenarioBody(inputs: ScenarioInputs): ScenarioBody {
  const clusterGrowthPct = Object.fromEntries(Object.entries(inputs.clusters).map(([id, o]) => [id, o.pct]));
  return {
    ...defaultsBody(inputs),
    ...(Object.keys(clusterGrowthPct).length > 0 ? { clusterGrowthPct } : {}),
    ...(inputs.gdpGrowthPct === null ? {} : { gdpGrowthPct: inputs.gdpGrowthPct }),
    ...(inputs.totalGrowthPct === null ? {} : { totalGrowthPct: inputs.totalGrowthPct }),
    ...(Object.keys(inputs.shareDrivers).length > 0 ? { shareDrivers: inputs.shareDrivers } : {}),
  };
}

/**
 * The constant growth a year that takes the line's start value exactly to its target in the
 * target year, rounded up to 0.01 % (so that the rounded value still reaches the target).
 * Null when there is no start, no target, no years left, or the signs differ.
 */
export function requiredGrowthPct(line: Pick<ScenarioLine, 'start' | 'target'>, targetYear: number): number | null {
  const start = line.start;
  if (!start || line.target === null) return null;
  const years = targetYear - start.year;
  if (years <= 0 || start.value <= 0 || line.target <= 0) return null;
  const rate = (Math.pow(line.target / start.value, 1 / years) - 1) * 100;
  // Round up on a value already close to a hundredth (floating point noise) only once.
  return Math.ceil(Number((rate * 100).toFixed(6))) / 100;
}

/** Every cluster set to the growth it needs from its latest value; GDP, total and drivers kept. */
export function withAllRequired(defaults: ScenarioResult, inputs: ScenarioInputs): ScenarioInputs {
  const clusters: Record<string, ClusterOverride> = {};
  for (const line of defaults.clusters) {
    const pct = requiredGrowthPct(line, defaults.targetYear);
    if (pct !== null) clusters[line.id] = { pct, source: 'required' };
  }
  return { ...inputs, clusters };
}

/** Every cluster back to its growth so far (or, without data, the plan's required growth). */
export function withAllActual(inputs: ScenarioInputs): ScenarioInputs {
  return { ...inputs, clusters: {} };
}

/** The growth shown on a cluster's slider: the reader's, else the default the server used. */
export function clusterGrowth(defaultLine: ScenarioLine, inputs: ScenarioInputs): number | null {
  return inputs.clusters[defaultLine.id]?.pct ?? defaultLine.growthPct;
}

/**
 * Which assumption a line uses, in the page's words: the server says `given` for anything
 * sent, and the page knows whether that was typed in or set to the required growth.
 */
export type AssumptionLabel = Exclude<ScenarioAssumption, 'given'> | 'manual' | 'requiredFromLatest';

export function assumptionLabel(line: Pick<ScenarioLine, 'id' | 'assumption'>, inputs: ScenarioInputs): AssumptionLabel {
  if (line.assumption !== 'given') return line.assumption;
  return inputs.clusters[line.id]?.source === 'required' ? 'requiredFromLatest' : 'manual';
}

/** Slider range: −10 to 40 % a year, widened (within the API's limits) to hold the value. */
export function sliderBounds(value: number | null, limits: { min: number; max: number }): { min: number; max: number } {
  let min = -10;
  let max = 40;
  if (value !== null && value < min) min = Math.floor(value / 10) * 10;
  if (value !== null && value > max) max = Math.ceil(value / 10) * 10;
  return { min: Math.max(min, limits.min), max: Math.min(max, limits.max) };
}

/** The lines judged against a target, by indicator id: to name the ids of targetsMet / targetsMissed. */
export function linesByIndicator(result: ScenarioResult): Map<string, ScenarioLine> {
  const lines = [...result.clusters, ...(result.total ? [result.total] : []), ...result.shares];
  return new Map(lines.filter((l) => l.indicatorId !== null).map((l) => [l.indicatorId!, l]));
}

/** How many assumptions differ from the defaults (shown on the reset button). */
export function changedCount(inputs: ScenarioInputs): number {
  return (
    Object.keys(inputs.clusters).length +
    (inputs.gdpGrowthPct === null ? 0 : 1) +
    (inputs.totalGrowthPct === null ? 0 : 1) +
    Object.keys(inputs.shareDrivers).length
  );
}
