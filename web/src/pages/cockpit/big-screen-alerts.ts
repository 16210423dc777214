/**
 * The big screen's ticker: one line per thing needing attention, the most serious first —
 * indicators deteriorating, behind schedule or missing an assigned target, then regions with
 * overdue submissions, then delayed key projects. Pure: the wording is the page's.
 */
import type { EvaluatedIndicator, ProjectSummary } from '../../api/types.ts';
import { indicatorAlerts, type IndicatorAlertKind, type OverdueRegion } from './cockpit-model.ts';

export type TickerEntry =
  | { key: string; severity: 'error' | 'warning'; kind: IndicatorAlertKind; row: EvaluatedIndicator }
  | { key: string; severity: 'warning'; kind: 'overdue'; region: OverdueRegion }
  | { key: string; severity: 'warning'; kind: 'project'; project: ProjectSummary };

export function tickerEntries(rows: readonly EvaluatedIndicator[], overdue: readonly OverdueRegion[], delayed: readonly ProjectSummary[], maxProjects = 10): TickerEntry[] {
  return [
    ...indicatorAlerts(rows).map(
      (alert): TickerEntry => ({ key: `${alert.kind}:${alert.row.id}`, severity: alert.kind === 'deterioration' ? 'error' : 'warning', kind: alert.kind, row: alert.row }),
    ),
    ...overdue.map((region): TickerEntry => ({ key: `overdue:${region.regionCode}`, severity: 'warning', kind: 'overdue', region })),
    ...delayed.slice(0, maxProjects).map((project): TickerEntry => ({ key: `project:${project.id}`, severity: 'warning', kind: 'project', project })),
  ];
}
