import { describe, expect, it } from 'vitest';
import type { EvaluatedIndicator, ProjectSummary } from '../../api/types.ts';
import { tickerEntries } from './big-screen-alerts.ts';

const row = (id: string, status: string, schedule: string) => ({ id, status, schedule, scheduleGapPct: -5, assigned: null }) as unknown as EvaluatedIndicator;

describe('the big screen ticker', () => {
  it('lists indicators first, then overdue regions, then at most the first delayed projects', () => {
    const projects = ['p1', 'p2', 'p3'].map((id) => ({ id }) as ProjectSummary);
    const entries = tickerEntries(
      [row('a', 'on_track', 'on_schedule'), row('b', 'fair', 'behind'), row('c', 'deterioration', 'behind')],
      [{ regionCode: '460100', count: 2, oldestDue: '2028-03-31', indicatorIds: ['a'] }],
      projects,
      2,
    );
    expect(entries.map((e) => [e.key, e.severity])).toEqual([
      ['deterioration:c', 'error'],
      ['behind:b', 'warning'],
      ['overdue:460100', 'warning'],
      ['project:p1', 'warning'],
      ['project:p2', 'warning'],
    ]);
  });
});
