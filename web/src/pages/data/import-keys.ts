/** An import's record keys in words, for the preview of what it will write. */
import type { Text } from '../../api/text.ts';
import type { DataPlan } from './data-plan.ts';

const KIND_WORDS: Record<string, Text> = { actual: { zh: '实际值', en: 'actual' }, target: { zh: '下达目标', en: 'assigned target' } };

/** A natural key ("plan|series|region|park|period|kind") in words: ids the plan knows become names, the plan's own id is left out. */
export function describeKey(key: string, plan: DataPlan, planId: string, pick: (t: Text) => string): string {
  const regions = new Set([plan.province.code, ...plan.regions.map((r) => r.code)]);
  const parks = new Set(plan.parks.map((p) => p.id));
  return key
    .split('|')
    .filter((part) => part !== '' && part !== planId)
    .map((part) => {
      if (plan.seriesById.has(part)) return pick(plan.seriesName(part));
      if (regions.has(part)) return pick(plan.names.region(part));
      if (parks.has(part)) return pick(plan.names.park(part));
      if (KIND_WORDS[part]) return pick(KIND_WORDS[part]);
      return part;
    })
    .join(' · ');
}
