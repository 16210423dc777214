/**
 * The report's text — headings, paragraphs, table cells, chart data — for a fixed demo seed,
 * year and day, against the golden files in test/fixtures/report/. A change to the report is
 * reviewed by regenerating them: UPDATE_GOLDEN=1 npx vitest run test/report/golden.test.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMidtermReport } from '../../src/report/model/build-midterm-report.ts';
import { reportText } from '../../src/report/model/report-text.ts';
import { gatherReportInputs, type ReportInputs } from '../../src/report/report-inputs.ts';
import { repoRoot } from '../support/paths.ts';
import { REPORT_TODAY, REPORT_YEAR, seededStore, type SeededStore } from './report-fixture.ts';

const goldenDir = join(repoRoot, 'test/fixtures/report');

describe('mid-term report text', () => {
  let s: SeededStore;
  let inputs: ReportInputs;
  beforeAll(async () => {
    s = await seededStore('sqlite');
    inputs = await gatherReportInputs(s.store.db, s.plan, { year: REPORT_YEAR, today: REPORT_TODAY });
  }, 120_000);
  afterAll(async () => {
    await s?.store.dispose();
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`matches test/fixtures/report/midterm-${lang}.golden.txt`, () => {
      const text = reportText(buildMidtermReport(s.plan, inputs, { year: REPORT_YEAR, lang, today: REPORT_TODAY }));
      const file = join(goldenDir, `midterm-${lang}.golden.txt`);
      if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
        writeFileSync(file, text);
        if (process.env.UPDATE_GOLDEN !== '1') throw new Error(`${file} did not exist and was written: review it, then run the test again`);
      }
      expect(text).toBe(readFileSync(file, 'utf8'));
    });
  }

  it('is a pure function of the plan, the inputs, the year, the language and the day', () => {
    const a = buildMidtermReport(s.plan, inputs, { year: REPORT_YEAR, lang: 'zh', today: REPORT_TODAY });
    const b = buildMidtermReport(s.plan, structuredClone(inputs), { year: REPORT_YEAR, lang: 'zh', today: REPORT_TODAY });
    expect(b).toEqual(a);
  });
});
