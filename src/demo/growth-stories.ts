/**
 * Each series gets a story — ahead of its required path, on track, behind, stalled or
 * deteriorating — so that a demo evaluation shows every status. The story scales the
 * required annual growth (the constant rate from the base value to the target); clusters
 * are dealt stories first, so that among them some are ahead, some behind and at least one
 * deteriorates whenever the plan has four or more cluster indicators.
 */
import { compoundRate } from '../plan/growth.ts';
import type { Plan, ResolvedIndicator } from '../plan/derive.ts';
import { streamFor, streamTags } from './random.ts';

export type GrowthStory = 'ahead' | 'on-track' | 'behind' | 'stalled' | 'deteriorating';

/** Actual growth as a multiple of the required growth. */
const multiple: Record<GrowthStory, number> = { ahead: 1.4, 'on-track': 1.02, behind: 0.5, stalled: 0.12, deteriorating: -0.45 };
/** Used when the target asks for (almost) no change: a fixed rate in the better direction. */
const flat: Record<GrowthStory, number> = { ahead: 0.03, 'on-track': 0.005, behind: -0.01, stalled: -0.015, deteriorating: -0.04 };

/** How strongly a cluster attracts firms newly certified after the base year, by its story. */
export const storyPull: Record<GrowthStory, number> = { ahead: 1.8, 'on-track': 1, behind: 0.6, stalled: 0.45, deteriorating: 0.35 };

const clusterDeal: GrowthStory[] = [
  'ahead', 'behind', 'deteriorating', 'on-track', 'ahead', 'behind', 'on-track', 'stalled',
  'on-track', 'ahead', 'behind', 'on-track', 'ahead', 'behind', 'on-track', 'on-track',
];
const otherDeal: GrowthStory[] = ['on-track', 'ahead', 'behind', 'on-track', 'stalled', 'ahead', 'behind', 'deteriorating'];

/** Stories for the given indicator ids, dealt in a seeded order. */
export function dealStories(plan: Plan, seed: number, indicatorIds: readonly string[]): Map<string, GrowthStory> {
  const clusterIndicators = new Set(plan.clusters.map((c) => c.indicatorId).filter((id): id is string => id !== null));
  const rng = streamFor(seed, streamTags.stories);
  const stories = new Map<string, GrowthStory>();
  const deal = (ids: string[], cards: GrowthStory[]) => {
    const shuffled = [...ids];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    shuffled.forEach((id, k) => stories.set(id, cards[k % cards.length]!));
  };
  deal(indicatorIds.filter((id) => clusterIndicators.has(id)), clusterDeal);
  deal(indicatorIds.filter((id) => !clusterIndicators.has(id)), otherDeal);
  return stories;
}

/** The yearly growth rate (fraction) a story gives an indicator starting from `baseline` in `baseYear`. */
export function storyRate(indicator: ResolvedIndicator, baseline: number, baseYear: number, story: GrowthStory): number {
  const target = indicator.target.value;
  const years = indicator.targetYear - baseYear;
  const sign = indicator.direction === 'decrease' ? -1 : 1;
  if (target === null || !(target > 0) || !(baseline > 0) || years <= 0) return sign * flat[story];
  const required = compoundRate(baseline, target, years);
  if (Math.abs(required) < 0.005) return sign * flat[story];
  return required * multiple[story];
}
