import { describe, expect, it } from 'vitest';
import { overduePoints, timelineData } from './timeline-data.ts';

const milestone = (name: string, dueOn: string, doneOn: string | null) => ({ name, dueOn, doneOn, overdue: false, isDemo: false, updatedBy: 'x', updatedAt: '' });
const project = (id: string, milestones: ReturnType<typeof milestone>[]) => ({ id, name: { zh: id, en: id }, milestones });

describe('the milestone timeline', () => {
  const data = timelineData(
    [
      project('a', [milestone('竣工投产', '2027-11-14', null), milestone('主体工程完工', '2026-05-14', null)]),
      project('none', []),
      project('b', [milestone('开工建设', '2025-03-01', '2025-04-10')]),
    ],
    '2026-11-29',
  );

  it('keeps projects with milestones, one row each, milestones by due date', () => {
    expect(data.rows.map((r) => r.id)).toEqual(['a', 'b']);
    expect(data.points.map((p) => [p.row, p.milestone, p.state, p.days])).toEqual([
      [0, '主体工程完工', 'overdue', 199],
      [0, '竣工投产', 'open', 350],
      [1, '开工建设', 'done-late', 40],
    ]);
  });

  it('spans whole years around every date and today', () => {
    expect([data.from, data.to]).toEqual(['2025-01-01', '2027-12-31']);
    expect(timelineData([], '2026-11-29')).toMatchObject({ from: '2026-01-01', to: '2026-12-31', rows: [], points: [] });
  });

  it('lists the overdue, longest first', () => {
    expect(overduePoints(data.points).map((p) => p.milestone)).toEqual(['主体工程完工']);
  });
});
