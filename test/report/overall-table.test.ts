/**
 * Every indicator of the plan appears in the report's overall-progress table with the same
 * figures `plansight evaluate --format json` prints for the same store — on both engines,
 * in both languages.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { scheduleLabel, progressLabels, assignedLabels } from '../../src/evaluation/statuses.ts';
import { buildMidtermReport } from '../../src/report/model/build-midterm-report.ts';
import { formatFigure, formatPercent } from '../../src/report/model/format.ts';
import { INDICATOR_TABLE_ID } from '../../src/report/model/indicator-table.ts';
import type { Cell, Lang, ReportModel, Table } from '../../src/report/model/report-model.ts';
import { gatherReportInputs } from '../../src/report/report-inputs.ts';
import { ENGINES } from '../support/engines.ts';
import { runCli } from '../support/run-cli.ts';
import { findTable } from './model-walk.ts';
import { REPORT_TODAY, REPORT_YEAR, seededStore, type SeededStore } from './report-fixture.ts';

interface JsonIndicator {
  id: string;
  name: { zh: string; en: string };
  baseline: { value: number } | null;
  latest: { value: number; year: number } | null;
  target: { value: number | null; kind: string; year: number };
  completionPct: number | null;
  timeElapsedPct: number | null;
  status: string;
  schedule: string;
  assigned: { latest: { status: 'met' | 'not_met' | 'no_data' } | null } | null;
}

function column(table: Table, key: string): number {
  const k = table.columns.findIndex((c) => c.key === key);
  if (k < 0) throw new Error(`no column ${key}`);
  return k;
}

for (const engine of ENGINES) {
  describe(`overall-progress table on ${engine}`, () => {
    let s: SeededStore;
    let json: { indicators: JsonIndicator[] };
    const models = new Map<Lang, ReportModel>();
    beforeAll(async () => {
      s = await seededStore(engine);
      vi.stubEnv('PLANSIGHT_DATABASE_URL', s.store.url);
      const run = await runCli('evaluate', '--year', String(REPORT_YEAR), '--format', 'json');
      vi.unstubAllEnvs();
      expect(run.code, run.stderr).toBe(0);
      json = JSON.parse(run.stdout);
      const inputs = await gatherReportInputs(s.store.db, s.plan, { year: REPORT_YEAR, today: REPORT_TODAY });
      for (const lang of ['zh', 'en'] as const) models.set(lang, buildMidtermReport(s.plan, inputs, { year: REPORT_YEAR, lang, today: REPORT_TODAY }));
    }, 120_000);
    afterAll(async () => {
      vi.unstubAllEnvs();
      await s?.store.dispose();
    });

    for (const lang of ['zh', 'en'] as const) {
      it(`lists every indicator with the evaluation's figures (${lang})`, () => {
        const table = findTable(models.get(lang)!, INDICATOR_TABLE_ID);
        expect(json.indicators).toHaveLength(s.plan.indicators.length);
        expect(table.rows).toHaveLength(json.indicators.length);
        const at = (key: string) => column(table, key);
        json.indicators.forEach((indicator, k) => {
          const row = table.rows[k]!;
          const where = `${indicator.id} (${lang})`;
          expect(row[at('name')]!.text.startsWith(indicator.name[lang]), where).toBe(true);
          const figure = (cell: Cell, value: number | null | undefined) => {
            expect(cell.value ?? null, where).toBe(value ?? null);
            if (value !== null && value !== undefined) expect(cell.text, where).toContain(formatFigure(value, lang));
          };
          figure(row[at('baseline')]!, indicator.baseline?.value);
          figure(row[at('latest')]!, indicator.latest?.value);
          figure(row[at('target')]!, indicator.target.value);
          expect(row[at('completion')]!.value ?? null, where).toBe(indicator.completionPct);
          if (indicator.completionPct !== null) expect(row[at('completion')]!.text).toBe(formatPercent(indicator.completionPct, lang));
          expect(row[at('timeElapsed')]!.value ?? null, where).toBe(indicator.timeElapsedPct);
          expect(row[at('status')]!.code, where).toBe(indicator.status);
          expect(row[at('schedule')]!.code, where).toBe(indicator.schedule);
          const statusText = indicator.assigned
            ? assignedLabels[indicator.assigned.latest?.status ?? 'no_data'][lang]
            : progressLabels[indicator.status as keyof typeof progressLabels][lang];
          expect(row[at('status')]!.text, where).toBe(statusText);
          if (!indicator.assigned) {
            expect(row[at('schedule')]!.text, where).toBe(scheduleLabel(indicator.schedule as never, indicator.latest?.year ?? null, indicator.target.year)[lang]);
          }
        });
      });
    }

    it('counts the indicators in the summary as the evaluation does', async () => {
      const run = await (async () => {
        vi.stubEnv('PLANSIGHT_DATABASE_URL', s.store.url);
        try {
          return await runCli('evaluate', '--year', String(REPORT_YEAR), '--format', 'json');
        } finally {
          vi.unstubAllEnvs();
        }
      })();
      const summary = JSON.parse(run.stdout).summary as { bySchedule: Record<string, number> };
      const figures = models.get('zh')!.sections[0]!.blocks.find((b) => b.kind === 'figures');
      expect(figures && figures.kind === 'figures' ? figures.items.map((i) => i.value) : null).toEqual([
        '60%',
        String(summary.bySchedule.achieved! + summary.bySchedule.ahead!),
        String(summary.bySchedule.on_schedule),
        String(summary.bySchedule.behind),
      ]);
    });
  });
}
