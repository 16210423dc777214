/**
 * Cultivation on the demo registry (300 enterprises), on both engines: the snapshot stream,
 * the tier pipeline against the certificates in the store, the enterprise-count
 * observations against the demo's own, and the example policies.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/commands/seed-demo.ts';
import { countedIndicators } from '../../src/cultivation/enterprise-counts.ts';
import { PipelineTally, type PipelineCategory, type PipelineCounts } from '../../src/cultivation/pipeline.ts';
import { PolicyTally, type PolicyMatch } from '../../src/cultivation/policy-match.ts';
import { registryObservations } from '../../src/cultivation/registry-observations.ts';
import type { RuleBook } from '../../src/cultivation/rule-book.ts';
import { yearEnd } from '../../src/cultivation/snapshot.ts';
import type { TierId } from '../../src/cultivation/tiers.ts';
import type { Plan } from '../../src/plan/derive.ts';
import { loadPlan } from '../../src/plan/read-plan-folder.ts';
import { observationsForEvaluation } from '../../src/store/observation-queries.ts';
import { enterpriseSnapshot, enterpriseSnapshots, registryCounts } from '../../src/store/registry-queries.ts';
import { changeContext } from '../support/clock.ts';
import { ENGINES, freshStore, type TestStore } from '../support/engines.ts';
import { hainanPlanDir } from '../support/paths.ts';
import { policyBook, ruleBook } from './factories.ts';

const YEAR = 2028;
const fields: (keyof PipelineCounts)[] = ['certified', 'candidates', 'confirmed', 'incomplete', 'nearMisses'];

for (const engine of ENGINES) {
  describe(`cultivation on the demo registry (${engine})`, () => {
    let store: TestStore;
    let plan: Plan;
    let book: RuleBook;

    beforeAll(async () => {
      store = await freshStore(engine);
      plan = await loadPlan(hainanPlanDir);
      book = await ruleBook();
      await seedDemo({ store, plan, options: { enterprises: 300 }, ctx: changeContext() });
    }, 60_000);
    afterAll(async () => {
      await store.dispose();
    });

    it('streams every enterprise once with its figures and certificates, whatever the batch size', async () => {
      const codes = async (batchSize: number) => {
        const out: string[] = [];
        for await (const s of enterpriseSnapshots(store.db, { dataYear: YEAR, batchSize })) {
          expect(s.demo).toBe(true);
          expect(s.annual.every((r) => r.year <= YEAR && r.year > YEAR - 5)).toBe(true);
          out.push(s.enterprise.creditCode);
        }
        return out;
      };
      const small = await codes(7);
      expect(small).toHaveLength(300);
      expect(new Set(small).size).toBe(300);
      expect(await codes(500)).toEqual(small);
      const one = await enterpriseSnapshot(store.db, small[42]!, YEAR);
      expect(one?.enterprise.creditCode).toBe(small[42]);
      expect(one!.certifications.length + one!.annual.length).toBeGreaterThan(0);
      expect(await enterpriseSnapshot(store.db, '91460100DM0NOTHERE', YEAR)).toBeNull();
    });

    it('the pipeline: certified = valid certificates in the store; candidates and near misses disjoint; regions add up', async () => {
      const tally = new PipelineTally(plan, book, yearEnd(YEAR));
      const categories = new Map<TierId, Map<string, PipelineCategory>>();
      for await (const s of enterpriseSnapshots(store.db, { dataYear: YEAR })) {
        for (const [tier, category] of tally.add(s)) {
          if (!categories.has(tier)) categories.set(tier, new Map());
          categories.get(tier)!.set(s.enterprise.creditCode, category);
        }
      }
      const pipeline = tally.result();
      expect(pipeline.enterprises).toBe(300);
      expect(pipeline.demoEnterprises).toBe(300);
      for (const t of pipeline.tiers) {
        const day = `${YEAR}-12-31`;
        const row = await store.db
          .selectFrom('certifications')
          .select(({ fn }) => fn.count<number>('creditCode').distinct().as('n'))
          .where('kind', '=', t.tier)
          .where('issuedOn', '<=', day)
          .where((eb) => eb.or([eb('expiresOn', 'is', null), eb('expiresOn', '>=', day)]))
          .executeTakeFirstOrThrow();
        expect(t.total.certified, `${t.tier} certified`).toBe(Number(row.n));
        const of = (category: PipelineCategory) => [...categories.get(t.tier)!].filter(([, c]) => c === category).map(([code]) => code);
        const candidates = new Set(of('candidate'));
        const nearMisses = of('near-miss');
        expect(nearMisses.filter((code) => candidates.has(code)), `${t.tier}: both candidate and near miss`).toEqual([]);
        expect([candidates.size, nearMisses.length]).toEqual([t.total.candidates, t.total.nearMisses]);
        for (const field of fields) {
          expect(t.byRegion.reduce((sum, r) => sum + r.counts[field], 0), `${t.tier} ${field} by region`).toBe(t.total[field]);
          expect(t.byCluster.reduce((sum, c) => sum + c.counts[field], 0)).toBeGreaterThanOrEqual(t.total[field]);
        }
        expect(t.byRegion.map((r) => r.regionCode)).toEqual(plan.regions.map((r) => r.code));
      }
      const hte = pipeline.tiers.find((t) => t.tier === 'hte')!;
      expect(hte.total.candidates + hte.total.nearMisses).toBeGreaterThan(0);
      expect(pipeline.tiers.find((t) => t.tier === 'single-champion')?.ruleSet).toBeNull();
      const counts = await registryCounts(store.db, plan, [YEAR]);
      for (const target of pipeline.targets) {
        const counted = registryObservations(plan, counts).find((o) => o.indicatorId === target.indicatorId && o.region === plan.province.code)!;
        expect(target.current).toBe(counted.value);
        expect(target.withCandidates).toBe(target.current + target.candidates);
      }
    });

    it('the enterprise-count indicators from the registry equal the demo observations, province and regions', async () => {
      const ids = new Set(countedIndicators(plan).map((c) => c.indicatorId));
      const years = [2025, 2026, 2027, 2028];
      const computed = registryObservations(plan, await registryCounts(store.db, plan, years));
      const stored = (await observationsForEvaluation(store.db, plan.id)).observations.filter((o) => ids.has(o.indicatorId));
      const key = (o: { indicatorId: string; region: string; year: number; value: number }) => `${o.indicatorId} ${o.region} ${o.year} ${o.value}`;
      expect(stored.length).toBeGreaterThan(0);
      expect(computed.map(key).sort()).toEqual(stored.map(key).sort());
      expect(computed.every((o) => o.note?.includes('企业名录') && o.note.includes('演示'))).toBe(true);
    });

    it('every example policy matches at least one demo enterprise and misses at least one, each with its reasons', async () => {
      const policies = await policyBook();
      const tally = new PolicyTally(policies, yearEnd(YEAR), book.facts);
      const byPolicy = new Map<string, { yes?: PolicyMatch; no?: PolicyMatch }>();
      for await (const s of enterpriseSnapshots(store.db, { dataYear: YEAR })) {
        for (const m of tally.add(s)) {
          const seen = byPolicy.get(m.policyId) ?? {};
          if (m.eligible) seen.yes ??= m;
          if (m.status === 'not-eligible') seen.no ??= m;
          byPolicy.set(m.policyId, seen);
        }
      }
      expect(policies.length).toBeGreaterThanOrEqual(10);
      for (const policy of policies) {
        const { yes, no } = byPolicy.get(policy.id)!;
        expect(yes, `${policy.id}: no demo enterprise qualifies`).toBeDefined();
        expect(no, `${policy.id}: every demo enterprise qualifies`).toBeDefined();
        expect(yes!.reasons.length).toBe(policy.eligibility.length);
        expect(yes!.reasons.every((r) => r.passed === true)).toBe(true);
        expect(yes!.explanation.zh).toMatch(/^符合全部条件：/);
        expect(no!.reasons.some((r) => r.passed === false)).toBe(true);
        expect(no!.explanation.zh).toMatch(/^不符合：/);
      }
      const counts = tally.result();
      expect(counts.every((c) => c.counts.eligible + c.counts['not-eligible'] + c.counts['to-confirm'] + c.counts.incomplete === 300)).toBe(true);
    });
  });
}
