/**
 * The tier pipeline (梯度培育漏斗) for a year: per tier, the enterprises certified (a valid
 * certificate at the date), the candidates (not certified, meeting the criteria — some
 * still to confirm), those that cannot be judged for missing figures, and the near misses
 * (one change short) — by region and by cluster; and the plan's enterprise-count targets
 * against what the registry holds plus the candidates. Pure: enterprise snapshots stream
 * through `add` one at a time and only counters are kept, so a million stay in bounded memory.
 */
import type { Plan } from '../plan/derive.ts';
import type { Text } from '../plan/schema.ts';
import type { Assessment } from './assessment.ts';
import { judgeTier } from './assess-tier.ts';
import { holdsValid } from './certificates.ts';
import { rulesInForce } from './choose-rule-set.ts';
import { countedIndicators, counts, type EnterpriseCountSpec } from './enterprise-counts.ts';
import type { RuleBook, RuleSetRef } from './rule-book.ts';
import type { AssessmentDate, EnterpriseSnapshot } from './snapshot.ts';
import { isTierId, tierIds, tierNames, type TierId } from './tiers.ts';

export interface PipelineCounts {
  certified: number;
  /** Not certified and meeting the criteria, counting those that only await confirmations. */
  candidates: number;
  /** Of the candidates, those that pass on the data given (nothing left to confirm). */
  confirmed: number;
  /** Not certified; missing figures leave it open. */
  incomplete: number;
  /** Not certified; one change short of passing. */
  nearMisses: number;
}

export interface TierPipeline {
  tier: TierId;
  name: Text;
  ruleSet: RuleSetRef | null;
  carriedFrom: RuleSetRef | null;
  unverified: boolean;
  total: PipelineCounts;
  /** Every region of the plan (and any other region an enterprise is in); they add up to the total. */
  byRegion: { regionCode: string; name: Text | null; counts: PipelineCounts }[];
  /** An enterprise in two clusters counts in both; `clusterId: null` holds those in none. */
  byCluster: { clusterId: string | null; name: Text | null; counts: PipelineCounts }[];
}

export interface PipelineTarget {
  indicatorId: string;
  name: Text;
  spec: EnterpriseCountSpec;
  /** Counted from the registry at the date. */
  current: number;
  /** Candidates of the tier that would add to the count (never counted yet, above size where required). */
  candidates: number;
  withCandidates: number;
  target: number | null;
  targetYear: number;
  /** Target − (current + candidates); ≤ 0 means the candidates would reach it. */
  gapAfterCandidates: number | null;
  /** Enterprises to add each year from now to reach the target. */
  neededPerYear: number | null;
}

export interface Pipeline {
  date: string;
  dataYear: number;
  enterprises: number;
  demoEnterprises: number;
  tiers: TierPipeline[];
  targets: PipelineTarget[];
}

export type PipelineCategory = 'certified' | 'candidate' | 'incomplete' | 'near-miss' | null;

/** Where an assessment (or a bare verdict) puts the enterprise in the funnel; the categories never overlap. */
export function pipelineCategory(a: Pick<Assessment, 'certified' | 'status' | 'nearMiss'>): PipelineCategory {
  if (a.certified) return 'certified';
  if (a.status === 'passed' || a.status === 'to-confirm') return 'candidate';
  if (a.status === 'incomplete') return 'incomplete';
  return a.nearMiss ? 'near-miss' : null;
}

const zero = (): PipelineCounts => ({ certified: 0, candidates: 0, confirmed: 0, incomplete: 0, nearMisses: 0 });

function bump(c: PipelineCounts, category: PipelineCategory, confirmed: boolean): void {
  if (category === 'certified') c.certified++;
  else if (category === 'candidate') {
    c.candidates++;
    if (confirmed) c.confirmed++;
  } else if (category === 'incomplete') c.incomplete++;
  else if (category === 'near-miss') c.nearMisses++;
}

export class PipelineTally {
  private readonly tiers: TierId[];
  private readonly total = new Map<TierId, PipelineCounts>();
  private readonly regions = new Map<TierId, Map<string, PipelineCounts>>();
  private readonly clusters = new Map<TierId, Map<string | null, PipelineCounts>>();
  private readonly indicators: ReturnType<typeof countedIndicators>;
  private readonly current: number[];
  private readonly candidates: number[];
  private enterprises = 0;
  private demo = 0;

  constructor(
    private readonly plan: Plan,
    private readonly book: RuleBook,
    private readonly on: AssessmentDate,
    tiers: readonly TierId[] = tierIds,
  ) {
    this.tiers = [...tiers];
    for (const tier of this.tiers) {
      this.total.set(tier, zero());
      this.regions.set(tier, new Map(plan.regions.map((r) => [r.code, zero()])));
      this.clusters.set(tier, new Map([...plan.clusters.map((c) => [c.id, zero()] as const), [null, zero()]]));
    }
    this.indicators = countedIndicators(plan);
    this.current = this.indicators.map(() => 0);
    this.candidates = this.indicators.map(() => 0);
  }

  /** Counts one enterprise; returns its category per tier (verdicts are not worded, which keeps a million fast). */
  add(snapshot: EnterpriseSnapshot): Map<TierId, PipelineCategory> {
    this.enterprises++;
    if (snapshot.demo) this.demo++;
    const categories = new Map<TierId, PipelineCategory>();
    for (const tier of this.tiers) {
      const verdict = judgeTier(this.book, snapshot, tier, this.on);
      const category = pipelineCategory(verdict);
      const confirmed = verdict.status === 'passed';
      categories.set(tier, category);
      if (category === null) continue;
      bump(this.total.get(tier)!, category, confirmed);
      const regions = this.regions.get(tier)!;
      const code = snapshot.enterprise.regionCode;
      if (!regions.has(code)) regions.set(code, zero());
      bump(regions.get(code)!, category, confirmed);
      const clusters = this.clusters.get(tier)!;
      const ids = snapshot.enterprise.clusters.length > 0 ? snapshot.enterprise.clusters : [null];
      for (const id of ids) {
        if (!clusters.has(id)) clusters.set(id, zero());
        bump(clusters.get(id)!, category, confirmed);
      }
    }
    this.indicators.forEach(({ spec }, k) => {
      if (counts(spec, snapshot.certifications, this.on.date)) this.current[k]!++;
      else if (isTierId(spec.certification) && categories.get(spec.certification) === 'candidate') {
        const aboveSize = !spec.aboveSizeOnly || holdsValid(snapshot.certifications, 'above-size', this.on.date);
        if (aboveSize) this.candidates[k]!++;
      }
    });
    return categories;
  }

  result(): Pipeline {
    const regionName = new Map(this.plan.regions.map((r) => [r.code, r.name]));
    const clusterName = new Map(this.plan.clusters.map((c) => [c.id, c.name]));
    const tiers = this.tiers.map((tier) => {
      const rules = rulesInForce(this.book, tier, this.on.date);
      return {
        tier,
        name: rules?.name ?? tierNames[tier],
        ruleSet: rules?.ruleSet ?? null,
        carriedFrom: rules?.carriedFrom ?? null,
        unverified: rules?.unverified ?? false,
        total: this.total.get(tier)!,
        byRegion: [...this.regions.get(tier)!].map(([regionCode, c]) => ({ regionCode, name: regionName.get(regionCode) ?? null, counts: c })),
        byCluster: [...this.clusters.get(tier)!].map(([clusterId, c]) => ({ clusterId, name: clusterId === null ? null : (clusterName.get(clusterId) ?? null), counts: c })),
      };
    });
    const targets = this.indicators.map(({ indicatorId, spec }, k) => {
      const indicator = this.plan.indicators.find((i) => i.id === indicatorId)!;
      const target = indicator.target.value;
      const current = this.current[k]!;
      const candidates = this.candidates[k]!;
      const yearsLeft = indicator.targetYear - this.on.dataYear;
      return {
        indicatorId,
        name: indicator.name,
        spec,
        current,
        candidates,
        withCandidates: current + candidates,
        target,
        targetYear: indicator.targetYear,
        gapAfterCandidates: target === null ? null : target - current - candidates,
        neededPerYear: target === null || yearsLeft <= 0 ? null : Math.max(0, Math.round(((target - current) / yearsLeft) * 10) / 10),
      };
    });
    return { date: this.on.date, dataYear: this.on.dataYear, enterprises: this.enterprises, demoEnterprises: this.demo, tiers, targets };
  }
}

/** The pipeline of a whole stream of snapshots. */
export async function buildPipeline(plan: Plan, book: RuleBook, snapshots: AsyncIterable<EnterpriseSnapshot> | Iterable<EnterpriseSnapshot>, on: AssessmentDate): Promise<Pipeline> {
  const tally = new PipelineTally(plan, book, on);
  for await (const snapshot of snapshots) tally.add(snapshot);
  return tally.result();
}
