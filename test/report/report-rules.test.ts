/** The rules the report derives its judgements from, on inputs built without a store. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/plan/derive.ts';
import { loadPlan } from '../../src/plan/read-plan-folder.ts';
import { buildMidtermReport } from '../../src/report/model/build-midterm-report.ts';
import { joinNames } from '../../src/report/model/format.ts';
import { verdictOf } from '../../src/report/model/headline.ts';
import { chineseNumber } from '../../src/report/model/numbering.ts';
import { projectFacts } from '../../src/report/model/project-facts.ts';
import { reportText } from '../../src/report/model/report-text.ts';
import { outliers, shortName } from '../../src/report/model/charts/schematic-places.ts';
import { hainanPlanDir, samplePlanDir } from '../support/paths.ts';
import { allCharts, findTable } from './model-walk.ts';
import { syntheticInputs } from './synthetic-inputs.ts';

const YEAR = 2028;
const TODAY = '2029-05-01';

describe('report rules', () => {
  let plan: Plan;
  beforeAll(async () => {
    plan = await loadPlan(hainanPlanDir);
  });

  it('judges 时间过半、任务过半 by the share of assessed indicators behind schedule', () => {
    expect(verdictOf(8, 2)).toBe('met');
    expect(verdictOf(8, 3)).toBe('mostly');
    expect(verdictOf(8, 4)).toBe('mostly');
    expect(verdictOf(8, 5)).toBe('not_met');
    expect(verdictOf(0, 0)).toBe('none');
  });

  it('says 时间过半 only once half the period has passed', () => {
    const early = reportText(buildMidtermReport(plan, syntheticInputs(plan, 2027), { year: 2027, lang: 'zh', today: TODAY }));
    expect(early).toContain('规划实施时间尚未过半');
    const late = reportText(buildMidtermReport(plan, syntheticInputs(plan, YEAR), { year: YEAR, lang: 'zh', today: TODAY }));
    expect(late).toMatch(/实现了“时间过半、任务过半”|基本实现“时间过半、任务过半”|尚未实现“时间过半、任务过半”/);
  });

  it('marks demo data on the cover and in every source line only when demo rows were used', () => {
    const clean = buildMidtermReport(plan, syntheticInputs(plan, YEAR), { year: YEAR, lang: 'zh', today: TODAY });
    expect(clean.demo).toBe(false);
    expect(clean.cover.notices).toEqual([]);
    expect(reportText(clean)).not.toContain('演示数据');
    const demo = buildMidtermReport(plan, syntheticInputs(plan, YEAR, { demoRows: { observations: 5, projects: 0, milestones: 0, enterprises: 0, certifications: 0, calendar: 0 } }), {
      year: YEAR,
      lang: 'zh',
      today: TODAY,
    });
    expect(demo.demo).toBe(true);
    expect(demo.cover.notices.map((n) => n.tone)).toEqual(['demo']);
    for (const chart of allCharts(demo).filter((c) => c.spec.source.startsWith('数据来源：Plansight监测数据'))) {
      expect(chart.spec.source).toContain('含演示数据');
    }
    expect(reportText(demo).match(/\[demo\]/g)).toHaveLength(2); // the cover and the appendix
  });

  it('flags pending values on the cover when they were counted', () => {
    const model = buildMidtermReport(
      plan,
      syntheticInputs(plan, YEAR, {
        includePending: true,
        observationStats: { stored: 10, byStatus: { approved: 7, submitted: 3 }, used: 10, pendingUsed: 3, demoUsed: 0 },
      }),
      { year: YEAR, lang: 'en', today: TODAY },
    );
    expect(model.cover.notices.map((n) => n.tone)).toEqual(['warning']);
    expect(model.cover.notices[0]!.text).toContain('3 values submitted but not yet approved');
  });

  it('raises overdue data as a problem and recommends chasing it', () => {
    const overdue = [
      { seriesId: 'hitech-revenue', regionCode: '460100', period: '2028', dueOn: '2029-03-31' },
      { seriesId: 'gdp', regionCode: '460200', period: '2028', dueOn: '2029-03-31' },
    ];
    const text = reportText(buildMidtermReport(plan, syntheticInputs(plan, YEAR, { calendar: { entries: 10, done: 8, due: 0, overdue } }), { year: YEAR, lang: 'zh', today: TODAY }));
    expect(text).toContain('截至2029年5月1日，2项数据逾期未报，涉及海口市、三亚市。');
    expect(text).toContain('催报2项逾期数据');
  });

  it('counts a milestone done after the year end as delayed, and one done in time as not', () => {
    const project = plan.projects[0]!;
    const inputs = syntheticInputs(plan, YEAR, {
      milestones: [
        { projectId: project.id, name: '开工建设', dueOn: '2027-06-30', doneOn: '2029-02-01' },
        { projectId: project.id, name: '主体工程完工', dueOn: '2028-06-30', doneOn: null },
        { projectId: plan.projects[1]!.id, name: '开工建设', dueOn: '2028-03-01', doneOn: '2028-02-20' },
        { projectId: plan.projects[2]!.id, name: '竣工投产', dueOn: '2029-06-30', doneOn: null },
      ],
    });
    const facts = projectFacts(plan, inputs, YEAR);
    expect(facts.delayed.map((d) => [d.project.id, d.milestone, d.daysOverdue, d.overdueMilestones])).toEqual([[project.id, '开工建设', 550, 2]]);
  });

  it('lists the lagging indicators worst first, with the growth they now need', () => {
    const model = buildMidtermReport(plan, syntheticInputs(plan, YEAR), { year: YEAR, lang: 'en', today: TODAY });
    const table = findTable(model, 'lagging-indicators');
    const gaps = table.rows.map((row) => row[3]!.value!);
    expect(gaps.length).toBeGreaterThan(0);
    expect([...gaps].sort((a, b) => a - b)).toEqual(gaps);
    for (const row of table.rows) expect(row[5]!.text).toMatch(/%$/);
  });

  it('builds for a plan without poles, projects or an industry system (the sample city plan)', async () => {
    const sample = await loadPlan(samplePlanDir);
    const year = sample.baseYear + 2;
    for (const lang of ['zh', 'en'] as const) {
      const model = buildMidtermReport(sample, syntheticInputs(sample, year), { year, lang, today: `${year + 1}-05-01` });
      expect(findTable(model, 'indicators').rows).toHaveLength(sample.indicators.length);
      expect(model.sections.at(-1)!.id).toBe('appendix');
    }
  });

  it('refuses inputs gathered for another plan or year', () => {
    expect(() => buildMidtermReport(plan, syntheticInputs(plan, 2027), { year: YEAR, lang: 'zh', today: TODAY })).toThrow(/gathered for 2027/);
    expect(() => buildMidtermReport(plan, { ...syntheticInputs(plan, YEAR), planId: 'other' }, { year: YEAR, lang: 'zh', today: TODAY })).toThrow(/plan other/);
  });

  it('numbers and joins as Chinese and English reports do', () => {
    expect([1, 7, 10, 12, 20, 21].map(chineseNumber)).toEqual(['一', '七', '十', '十二', '二十', '二十一']);
    expect(joinNames(['维修和再制造', '低空经济'], 'zh')).toBe('维修和再制造、低空经济');
    expect(joinNames(['A', 'B', 'C'], 'en')).toBe('A, B and C');
    expect(joinNames(['SRDI SMEs, cumulative', 'B'], 'en')).toBe('SRDI SMEs, cumulative; and B');
  });

  it('keeps the schematic map to the cluster of places, with short names', () => {
    const points = [
      { lng: 110.3, lat: 20 },
      { lng: 109.5, lat: 18.3 },
      { lng: 109.6, lat: 19.5 },
      { lng: 110.8, lat: 19.5 },
      { lng: 112.3, lat: 16.8 },
    ];
    expect(outliers(points)).toEqual([points[4]]);
    expect(['乐东黎族自治县', '保亭黎族苗族自治县', '海口市', '澄迈县', 'Ledong Li Autonomous County', "Ding'an County", 'Sanya'].map(shortName)).toEqual([
      '乐东',
      '保亭',
      '海口',
      '澄迈',
      'Ledong',
      "Ding'an",
      'Sanya',
    ]);
  });
});
