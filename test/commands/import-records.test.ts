import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRecords, type ImportOutcome } from '../../src/commands/import-records.ts';
import type { Plan } from '../../src/plan/derive.ts';
import { loadPlan } from '../../src/plan/read-plan-folder.ts';
import { withCheckChar } from '../../src/records/credit-code.ts';
import type { RecordKindId } from '../../src/records/record-kinds.ts';
import { historyOf } from '../../src/store/history.ts';
import { changeContext } from '../support/clock.ts';
import { snapshot } from '../support/snapshot.ts';
import { ENGINES, freshStore, type TestStore } from '../support/engines.ts';
import { hainanPlanDir, repoRoot } from '../support/paths.ts';

const code = (n: number, region = '460100') => withCheckChar(`91${region}MA5T${String(n).padStart(5, '0')}`);
const dir = mkdtempSync(join(tmpdir(), 'plansight-import-'));
function csv(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

const files = {
  enterprises: csv('enterprises.csv', [
    '统一社会信用代码,企业名称,所在市县,所属产业集群,成立日期,企业规模,是否上市',
    `${code(1)},海南椰风电子科技有限公司,海口市,数字经济,2019-03-08,小型,否`,
    `${code(2, '460400')},洋浦石化新材料有限公司,儋州市,石油化工新材料,2015-06-01,大型,是`,
    `${code(3, '460200')},三亚深蓝海工装备有限公司,三亚,深海科技,2021-11-30,中型,否`,
  ]),
  annual: csv('annual.csv', [
    'credit_code,year,revenue,main_business_revenue,rd_expense,staff,rd_staff,net_profit',
    `${code(1)},2026,5200.5,5000,260,120,30,-35.5`,
    `${code(2, '460400')},2026,880000,860000,9000,2100,160,42000`,
  ]),
  certifications: csv('certifications.csv', [
    '统一社会信用代码,认定类型,证书编号,发证日期,有效期至',
    `${code(1)},高新技术企业,GR202646000101,2026-12-01,2029-11-30`,
    `${code(3, '460200')},srdi-sme,ZJTX-2026-0003,2026-08-15,2029-08-14`,
  ]),
  observations: csv('observations.csv', [
    'indicator,region,year,value,note',
    'hitech-revenue,,2026,6800,',
    '数字经济核心产业营收,海口市,2026,1700.5,市统计局',
    'gdp,,2026,8520,',
  ]),
  projects: csv('projects.csv', [
    '项目,年度,项目阶段,计划投资,完成投资,开工日期',
    'advanced-packaging-base,2026,建设,12.5,9.8,2026-03-01',
  ]),
  milestones: csv('milestones.csv', ['project,milestone,due_on,done_on', 'advanced-packaging-base,主体结构封顶,2026-10-31,2026-11-15']),
  calendar: csv('calendar.csv', ['indicator,region,year,due_on', 'hitech-revenue,海口市,2026,2027-03-31']),
} satisfies Record<RecordKindId, string>;

for (const engine of ENGINES) {
  describe(`import on ${engine}`, () => {
    let store: TestStore;
    let plan: Plan;
    const run = (kind: RecordKindId, path: string, extra: { dryRun?: boolean; at?: string } = {}) =>
      importRecords({ store, plan, kind, path, dryRun: extra.dryRun ?? false, ctx: changeContext(extra.at ? { at: extra.at } : {}) });
    const ok = (outcome: ImportOutcome) => {
      if (!outcome.ok) throw new Error(outcome.issues.map((i) => i.message.en).join('\n'));
      return outcome;
    };

    beforeAll(async () => {
      store = await freshStore(engine);
      plan = await loadPlan(hainanPlanDir);
    });
    afterAll(async () => {
      await store.dispose();
    });

    it('imports every kind, and a second import of the same files changes nothing', async () => {
      const expected: Record<RecordKindId, number> = { enterprises: 3, annual: 2, certifications: 2, observations: 3, projects: 1, milestones: 1, calendar: 1 };
      for (const kind of Object.keys(files) as RecordKindId[]) {
        expect(ok(await run(kind, files[kind])).counts, kind).toEqual({ inserted: expected[kind], updated: 0, unchanged: 0 });
      }
      const before = await snapshot(store.db);
      for (const kind of Object.keys(files) as RecordKindId[]) {
        expect(ok(await run(kind, files[kind], { at: '2027-05-01T00:00:00.000Z' })).counts, kind).toEqual({ inserted: 0, updated: 0, unchanged: expected[kind] });
      }
      expect(await snapshot(store.db)).toEqual(before);
      const revenue = await store.db.selectFrom('enterpriseAnnual').selectAll().where('creditCode', '=', code(1)).executeTakeFirstOrThrow();
      expect(revenue).toMatchObject({ year: 2026, revenue: 5200.5, netProfit: -35.5, isDemo: 0 });
      const observation = await store.db.selectFrom('observations').selectAll().where('seriesId', '=', 'digital-economy-revenue').executeTakeFirstOrThrow();
      expect(observation).toMatchObject({ regionCode: '460100', period: '2026', value: 1700.5, unit: '100m-cny', status: 'approved', originKind: 'import', originFile: files.observations, originRow: 3, note: '市统计局' });
    });

    it('keeps the history of a changed value: who, when, old → new', async () => {
      const changed = csv(`observations-changed-${engine}.csv`, ['indicator,region,year,value', 'hitech-revenue,,2026,6850']);
      expect(ok(await run('observations', changed, { at: '2027-06-01T00:00:00.000Z' })).counts).toEqual({ inserted: 0, updated: 1, unchanged: 0 });
      const history = await historyOf(store.db, 'observation', `${plan.id}|hitech-revenue|460000||2026|actual`);
      expect(history.map((h) => [h.action, h.changes.value, h.at])).toEqual([
        ['create', [null, 6800], '2027-03-31T08:00:00.000Z'],
        ['update', [6800, 6850], '2027-06-01T00:00:00.000Z'],
      ]);
      expect(history[1]).toMatchObject({ actor: 'tester' });
    });

    it('a dry run reports the changes and writes nothing', async () => {
      const before = await snapshot(store.db);
      const preview = csv(`observations-preview-${engine}.csv`, ['indicator,region,year,value', 'hitech-revenue,,2026,6900', 'hitech-revenue,,2027,7600']);
      const outcome = ok(await run('observations', preview, { dryRun: true }));
      expect(outcome).toMatchObject({ dryRun: true, counts: { inserted: 1, updated: 1, unchanged: 0 } });
      expect(outcome.sample.map((s) => [s.type, s.row])).toEqual([['update', 2], ['insert', 3]]);
      expect(outcome.sample[0]!.changes).toEqual({ value: [6850, 6900] });
      expect(await snapshot(store.db)).toEqual(before);
    });

    it('a file with several kinds of mistakes is rejected whole, every bad row named, nothing written', async () => {
      const before = await snapshot(store.db);
      const bad = csv(`annual-bad-${engine}.csv`, [
        'credit_code,year,revenue,staff,rd_staff',
        `${code(1)},2027,5600,130,20`,
        `${code(2, '460400').slice(0, 17)}X,2027,1,1,0`,
        `${code(1)},20x7,5600,130,20`,
        `${code(3, '460200')},2027,-5,10,2`,
        `${code(1)},2027,5700,130,20`,
        `${code(3, '460200')},2027,100,10,12`,
        `${code(9)},2027,100,10,2`,
      ]);
      const outcome = await run('annual', bad);
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      const byRow = new Map<number, string[]>();
      for (const issue of outcome.issues) byRow.set(issue.row ?? 0, [...(byRow.get(issue.row ?? 0) ?? []), issue.code]);
      expect([...byRow.keys()].sort((a, b) => a - b)).toEqual([3, 4, 5, 6, 7, 8]);
      for (const issue of outcome.issues) {
        expect(issue.file).toBe(bad);
        expect(issue.message.zh).toMatch(/第\d+行/);
        expect(issue.message.en).toMatch(/row \d+/);
      }
      const unknown = outcome.issues.find((i) => i.row === 8)!;
      expect(unknown.code).toBe('unknown_enterprise');
      const duplicate = outcome.issues.find((i) => i.row === 6)!;
      expect(duplicate.message.en).toMatch(/row 2/);
      const negative = outcome.issues.find((i) => i.row === 5)!;
      expect(negative).toMatchObject({ column: 'revenue', value: '-5' });
      expect(await snapshot(store.db)).toEqual(before);
    });

    it('decodes a GB18030 file as Excel on a Chinese Windows writes it', async () => {
      const outcome = ok(await run('enterprises', join(repoRoot, 'test/fixtures/ingest/enterprises-gb18030.csv')));
      expect(outcome.counts.inserted).toBeGreaterThanOrEqual(4);
      const row = await store.db.selectFrom('enterprises').selectAll().where('creditCode', '=', '91460400MA5T000229').executeTakeFirstOrThrow();
      expect(row).toMatchObject({ name: '洋浦石化新材料有限公司', regionCode: '460400', parkId: 'yangpu', listed: 1, sizeClass: 'large' });
    });
  });
}
