/**
 * A project's history as rows a reader scans: newest first, what was changed (a year's
 * progress or a milestone, from the entity key `plan|project|year-or-name`), and each field's
 * old and new value.
 */
import type { ProjectHistory } from '../../api/types.ts';

type Entry = ProjectHistory['items'][number];

export interface HistoryRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  origin: string | null;
  reason: string | null;
  target: { kind: 'progress'; year: number } | { kind: 'milestone'; name: string };
  changes: { field: string; from: unknown; to: unknown }[];
}

/** The fields in the order a form shows them; others after, alphabetically. */
const FIELD_ORDER = ['stage', 'plannedInvestment', 'completedInvestment', 'startOn', 'completionOn', 'note', 'dueOn', 'doneOn'];

function fieldRank(field: string): number {
  const i = FIELD_ORDER.indexOf(field);
  return i === -1 ? FIELD_ORDER.length : i;
}

export function targetOf(entry: Pick<Entry, 'entity' | 'entityKey'>): HistoryRow['target'] {
  // The key is plan|project|rest; a milestone's name may itself hold a "|".
  const rest = entry.entityKey.split('|').slice(2).join('|');
  return entry.entity === 'project-progress' ? { kind: 'progress', year: Number(rest) } : { kind: 'milestone', name: rest };
}

export function historyRows(items: readonly Entry[]): HistoryRow[] {
  return [...items]
    .sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id)
    .map((e) => ({
      id: e.id,
      at: e.at,
      actor: e.actor,
      action: e.action,
      origin: e.origin,
      reason: e.reason,
      target: targetOf(e),
      changes: Object.entries(e.changes)
        .filter(([, [from, to]]) => from !== to)
        .sort(([a], [b]) => fieldRank(a) - fieldRank(b) || a.localeCompare(b))
        .map(([field, [from, to]]) => ({ field, from, to })),
    }));
}
