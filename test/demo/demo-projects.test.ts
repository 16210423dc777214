/** Key projects, milestones and the reporting calendar. */
import { describe, expect, it } from 'vitest';
import { demoOf, hainan } from './demo-fixtures.ts';

const demo = demoOf(hainan);
const stages = ['planned', 'advancing', 'construction', 'operating'];

describe('project progress', () => {
  it('covers every key project of the plan in every year 2026–2028', () => {
    expect(hainan.projects.length).toBeGreaterThan(100);
    for (const project of hainan.projects) {
      expect(demo.projects.filter((p) => p.projectId === project.id).map((p) => p.year), project.id).toEqual([2026, 2027, 2028]);
    }
    expect(demo.projects).toHaveLength(hainan.projects.length * 3);
  });

  it('moves stages forward from the plan’s stated stage, never back', () => {
    for (const project of hainan.projects) {
      const rows = demo.projects.filter((p) => p.projectId === project.id);
      let previous = stages.indexOf(project.stage);
      for (const row of rows) {
        const stage = stages.indexOf(row.stage);
        expect(stage).toBeGreaterThanOrEqual(previous);
        previous = stage;
      }
    }
    const advanced = hainan.projects.filter((p) => demo.projects.find((r) => r.projectId === p.id && r.year === 2028)!.stage !== p.stage);
    expect(advanced.length).toBeGreaterThan(30);
  });

  it('has plausible investment, with some projects delayed: far below plan and not advancing', () => {
    for (const row of demo.projects) {
      expect(row.plannedInvestment).not.toBeNull();
      expect(row.completedInvestment!).toBeGreaterThanOrEqual(0);
      expect(row.plannedInvestment!).toBeLessThan(400);
    }
    const total = demo.projects.reduce((s, p) => s + p.plannedInvestment!, 0);
    expect(total).toBeGreaterThan(500);
    const delayed = hainan.projects.filter((project) => {
      const rows = demo.projects.filter((p) => p.projectId === project.id);
      const planned = rows.reduce((s, r) => s + r.plannedInvestment!, 0);
      const completed = rows.reduce((s, r) => s + r.completedInvestment!, 0);
      return completed < 0.6 * planned && rows.every((r) => r.stage === project.stage);
    });
    expect(delayed.length).toBeGreaterThanOrEqual(5);
    expect(delayed.length).toBeLessThan(hainan.projects.length / 2);
  });

  it('dates starts and completions consistently with the stage', () => {
    for (const row of demo.projects) {
      if (stages.indexOf(row.stage) >= 2) expect(row.startOn, row.projectId).not.toBeNull();
      else expect(row.startOn).toBeNull();
      if (row.completionOn) {
        expect(row.stage).toBe('operating');
        expect(row.completionOn <= `${row.year}-12-31`).toBe(true);
        expect(row.startOn! < row.completionOn).toBe(true);
      }
    }
  });
});

describe('milestones', () => {
  it('gives each project two to four, in order', () => {
    for (const project of hainan.projects) {
      const ms = demo.milestones.filter((m) => m.projectId === project.id);
      expect(ms.length, project.id).toBeGreaterThanOrEqual(2);
      expect(ms.length, project.id).toBeLessThanOrEqual(4);
      expect(new Set(ms.map((m) => m.name)).size).toBe(ms.length);
      for (let k = 1; k < ms.length; k++) expect(ms[k]!.dueOn > ms[k - 1]!.dueOn).toBe(true);
    }
  });

  it('has some done on time, some late and some overdue at the end of 2028', () => {
    const end = '2028-12-31';
    const onTime = demo.milestones.filter((m) => m.doneOn && m.doneOn <= m.dueOn).length;
    const late = demo.milestones.filter((m) => m.doneOn && m.doneOn > m.dueOn).length;
    const overdue = demo.milestones.filter((m) => !m.doneOn && m.dueOn <= end).length;
    expect(onTime).toBeGreaterThan(20);
    expect(late).toBeGreaterThan(10);
    expect(overdue).toBeGreaterThan(10);
    for (const m of demo.milestones) if (m.doneOn) expect(m.doneOn <= end).toBe(true);
    for (const m of demo.milestones) expect(m.dueOn <= `${hainan.targetYear}-12-31`).toBe(true);
  });
});

describe('reporting calendar', () => {
  it('asks every region for each regionally observed additive series by 31 March, and the province by 30 April', () => {
    const regional = new Set(demo.observations.filter((o) => o.regionCode !== hainan.province.code).map((o) => o.seriesId));
    const counted = new Set(hainan.indicators.filter((i) => i.measurement.kind === 'enterprise_count').map((i) => i.id));
    for (const year of [2026, 2027, 2028]) {
      for (const region of hainan.regions) {
        const due = demo.calendar.filter((c) => c.regionCode === region.code && c.period === String(year));
        expect(new Set(due.map((c) => c.seriesId))).toEqual(new Set([...regional].filter((id) => !counted.has(id))));
        for (const c of due) expect(c.dueOn).toBe(`${year + 1}-03-31`);
      }
      const provincial = demo.calendar.filter((c) => c.regionCode === hainan.province.code && c.period === String(year));
      expect(provincial.length).toBeGreaterThan(regional.size - counted.size);
      for (const c of provincial) expect(c.dueOn).toBe(`${year + 1}-04-30`);
    }
    expect(demo.calendar.some((c) => c.period === '2025')).toBe(false);
  });
});
