/**
 * Who stands behind the tier pipeline's counts, and how many enterprises each support policy
 * matches: the registry streamed once (keyset pages, bounded memory), each enterprise judged
 * as `PipelineTally` / `PolicyTally` judge it, so a list's total is the pipeline's count and a
 * policy's count is what `plansight enterprises policies` tallies. Only the page shown is
 * assessed in full (worded summary and smallest change); the rest are bare verdicts.
 */
import { assessTier, judgeTier } from '../../cultivation/assess-tier.ts';
import { assessmentJson } from '../../cultivation/cultivation-json.ts';
import { pipelineCategory, type PipelineCategory } from '../../cultivation/pipeline.ts';
import { planLabels } from '../../cultivation/plan-labels.ts';
import { PolicyTally, type PolicyCounts } from '../../cultivation/policy-match.ts';
import { yearEnd, type EnterpriseSnapshot } from '../../cultivation/snapshot.ts';
import type { TierId } from '../../cultivation/tiers.ts';
import type { Plan } from '../../plan/derive.ts';
import type { Db } from '../../store/open-database.ts';
import { enterpriseSnapshots } from '../../store/registry-queries.ts';
import { policyBookOf, ruleBookOf } from './cultivation-read.ts';

export type MemberCategory = Exclude<PipelineCategory, null>;

export interface PipelineMembersQuery {
  year: number;
  tier: TierId;
  category: MemberCategory;
  regionCode?: string | undefined;
  clusterId?: string | undefined;
  page: number;
  pageSize: number;
}

export interface PipelineMember {
  snapshot: EnterpriseSnapshot;
  /** The full assessment, as GET /api/enterprises/:creditCode/assessment words it. */
  assessment: ReturnType<typeof assessmentJson>;
}

export interface PipelineMembers {
  date: string;
  dataYear: number;
  tier: TierId;
  category: MemberCategory;
  total: number;
  members: PipelineMember[];
}

/** An enterprise in the cluster asked for (the pipeline counts one in two clusters in both). */
function inCluster(snapshot: EnterpriseSnapshot, clusterId: string | undefined): boolean {
  return clusterId === undefined || snapshot.enterprise.clusters.includes(clusterId);
}

/** The enterprises of one tier's category (certified, candidates, incomplete, near misses), a page at a time, by credit code. */
export async function readPipelineMembers(db: Db, query: PipelineMembersQuery): Promise<PipelineMembers> {
  const book = await ruleBookOf();
  const on = yearEnd(query.year);
  const first = (query.page - 1) * query.pageSize;
  const members: PipelineMember[] = [];
  let total = 0;
  const snapshots = enterpriseSnapshots(db, { dataYear: on.dataYear, ...(query.regionCode ? { regionCodes: [query.regionCode] } : {}) });
  for await (const snapshot of snapshots) {
    if (!inCluster(snapshot, query.clusterId)) continue;
    if (pipelineCategory(judgeTier(book, snapshot, query.tier, on)) !== query.category) continue;
    if (total >= first && members.length < query.pageSize) members.push({ snapshot, assessment: assessmentJson(assessTier(book, snapshot, query.tier, on), book.facts) });
    total++;
  }
  return { date: on.date, dataYear: on.dataYear, tier: query.tier, category: query.category, total, members };
}

export interface PolicyCountsDocument {
  date: string;
  dataYear: number;
  enterprises: number;
  demoEnterprises: number;
  policies: PolicyCounts[];
}

/** Every policy's count of enterprises per status over the whole registry, as `plansight enterprises policies --format json` tallies. */
export async function readPolicyCounts(db: Db, plan: Plan, year: number): Promise<PolicyCountsDocument> {
  const [book, policies] = await Promise.all([ruleBookOf(), policyBookOf()]);
  const on = yearEnd(year);
  const tally = new PolicyTally(policies, on, book.facts.withValueLabels(planLabels(plan)));
  let enterprises = 0;
  let demoEnterprises = 0;
  for await (const snapshot of enterpriseSnapshots(db, { dataYear: on.dataYear })) {
    tally.add(snapshot);
    enterprises++;
    if (snapshot.demo) demoEnterprises++;
  }
  return { date: on.date, dataYear: on.dataYear, enterprises, demoEnterprises, policies: tally.result() };
}
