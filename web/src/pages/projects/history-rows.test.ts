import { describe, expect, it } from 'vitest';
import { historyRows, targetOf } from './history-rows.ts';

const entry = (id: number, at: string, entity: 'project-progress' | 'milestone', key: string, changes: Record<string, [unknown, unknown]>) => ({
  id, at, entity, entityKey: `hainan|p|${key}`, action: 'update', changes, actor: 'demo-haikou', reason: null, origin: 'api',
});

describe('project history rows', () => {
  it('reads the year or the milestone from the entity key', () => {
    expect(targetOf({ entity: 'project-progress', entityKey: 'hainan|p|2028' })).toEqual({ kind: 'progress', year: 2028 });
    expect(targetOf({ entity: 'milestone', entityKey: 'hainan|p|竣工|投产' })).toEqual({ kind: 'milestone', name: '竣工|投产' });
  });

  it('lists the newest first, fields in the form’s order, unchanged fields left out', () => {
    const rows = historyRows([
      entry(1, '2026-01-01T00:00:00Z', 'project-progress', '2027', { note: [null, 'x'], stage: [null, 'planned'], completionOn: [null, null] }),
      entry(2, '2026-02-01T00:00:00Z', 'milestone', '开工建设', { doneOn: [null, '2026-01-30'] }),
    ]);
    expect(rows.map((r) => r.id)).toEqual([2, 1]);
    expect(rows[1]!.changes).toEqual([{ field: 'stage', from: null, to: 'planned' }, { field: 'note', from: null, to: 'x' }]);
    expect(rows[0]!.target).toEqual({ kind: 'milestone', name: '开工建设' });
  });
});
