/** Which rule set decides a tier on a given day: the one in force then (rule sets of a tier never overlap). */
import type { RuleBook, TierRules } from './rule-book.ts';
import type { TierId } from './tiers.ts';

export function rulesInForce(book: RuleBook, tier: TierId, date: string): TierRules | null {
  return (
    book.tierRules.find((r) => r.tier === tier && r.ruleSet.effectiveFrom <= date && (r.ruleSet.effectiveTo === null || date <= r.ruleSet.effectiveTo)) ?? null
  );
}
