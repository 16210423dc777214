/**
 * Filling a generated template the way a person would: open it, type values under the
 * headers of the 数据 sheet (found by their text, as the importer finds them), save.
 * Shared by the template tests and the LibreOffice round trip.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { buildTemplate } from '../../src/ingest/excel-template.ts';
import { templateHeader } from '../../src/ingest/template-data-sheet.ts';
import { recordKind, type RecordKindId } from '../../src/records/record-kinds.ts';
import { asExcelBuffer, creditCode, plan } from './support.ts';

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const project = plan.projects.find((p) => p.regions.includes('460100'))!;
// 琼中 has a single key project, so its pre-filled projects template has one row.
const qiongzhongProject = plan.projects.find((p) => p.regions.includes('469030'))!;
const A = creditCode(11);
const B = creditCode(12, '460400');

/** Values by field key, one object per row, starting at row 2 (or after the pre-filled rows, by key). */
export interface Fill {
  kind: RecordKindId;
  options?: { region?: string; year?: number };
  /** Rows to type from row 2; a row may leave pre-filled cells alone. */
  rows: Record<string, ExcelJS.CellValue>[];
  expected: unknown[];
}

export const fills: Fill[] = [
  {
    kind: 'enterprises',
    rows: [
      { credit_code: A, name: '海口数智科技有限公司', region: '海口市', clusters: '数字经济；低空经济', segments: '电子信息制造业', founded_on: day(2018, 5, 20), size_class: '中型', listed: '否' },
      { credit_code: B, name: '洋浦新材料股份有限公司', region: '儋州市', park: '洋浦经济开发区', clusters: '石油化工新材料', founded_on: day(2010, 1, 4), size_class: '大型', listed: '是' },
    ],
    expected: [
      { creditCode: A, name: '海口数智科技有限公司', regionCode: '460100', parkId: null, clusters: ['digital-economy', 'low-altitude'], segments: ['de-electronics'], foundedOn: '2018-05-20', sizeClass: 'medium', listed: false },
      { creditCode: B, name: '洋浦新材料股份有限公司', regionCode: '460400', parkId: 'yangpu', clusters: ['petrochem-materials'], segments: [], foundedOn: '2010-01-04', sizeClass: 'large', listed: true },
    ],
  },
  {
    kind: 'annual',
    rows: [
      { credit_code: A, year: 2026, revenue: 12345.67, main_business_revenue: 12000, rd_expense: 900, staff: 210, rd_staff: 45, total_assets: 8000, total_liabilities: 3000, net_assets: 5000, niche_market_share_pct: 12.5, strategic_emerging: '是' },
      { credit_code: B, year: 2026, revenue: 98000, staff: 1500, ip_class1: 4, net_profit: 120.5 },
    ],
    expected: [
      expect.objectContaining({ creditCode: A, year: 2026, revenue: 12345.67, mainBusinessRevenue: 12000, rdExpense: 900, staff: 210, rdStaff: 45, netAssets: 5000, nicheMarketSharePct: 12.5, strategicEmerging: true }),
      expect.objectContaining({ creditCode: B, year: 2026, revenue: 98000, staff: 1500, ipClass1: 4, netProfit: 120.5, strategicEmerging: null }),
    ],
  },
  {
    kind: 'certifications',
    rows: [{ credit_code: A, kind: '高新技术企业', certificate_no: 'GR202346000123', issued_on: day(2023, 11, 20), expires_on: day(2026, 11, 19) }],
    expected: [{ creditCode: A, kind: 'hte', certificateNo: 'GR202346000123', issuedOn: '2023-11-20', expiresOn: '2026-11-19' }],
  },
  {
    kind: 'projects',
    options: { region: '469030', year: 2026 },
    rows: [{ stage: '建设', planned_investment: 20, completed_investment: 5.5, start_on: day(2026, 4, 1), note: '主体结构施工' }],
    expected: [{ projectId: qiongzhongProject.id, year: 2026, stage: 'construction', plannedInvestment: 20, completedInvestment: 5.5, startOn: '2026-04-01', completionOn: null, note: '主体结构施工' }],
  },
  {
    kind: 'milestones',
    rows: [{ project: project.name.zh, milestone: '开工建设', due_on: day(2026, 6, 30), done_on: day(2026, 7, 2) }],
    expected: [{ projectId: project.id, name: '开工建设', dueOn: '2026-06-30', doneOn: '2026-07-02' }],
  },
  {
    kind: 'calendar',
    rows: [{ indicator: '地区生产总值', region: '海南省', year: '2026', due_on: day(2027, 1, 31) }],
    expected: [{ seriesId: 'gdp', regionCode: '460000', parkId: null, period: '2026', dueOn: '2027-01-31' }],
  },
];

/** Observations pre-filled for 海口市 and 2027: every row gets a value, so every row imports. */
export async function filledObservationTemplate(dir: string): Promise<{ path: string; expected: { seriesId: string; value: number }[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(asExcelBuffer(await buildTemplate('observations', plan, { region: '460100', year: 2027 })));
  const sheet = workbook.getWorksheet('数据')!;
  const headers = (sheet.getRow(1).values as unknown[]).map(String);
  const indicatorCol = headers.indexOf('指标');
  const valueCol = headers.indexOf('数值');
  const expected: { seriesId: string; value: number }[] = [];
  const byName = new Map([...plan.indicators, ...plan.statistics].map((s) => [s.name.zh, s]));
  for (let r = 2; ; r++) {
    const name = sheet.getCell(r, indicatorCol).value;
    if (typeof name !== 'string') break;
    const series = byName.get(name)!;
    const value = series.unit === 'count' ? r : series.unit === 'percent' ? r / 10 : r * 100.5;
    sheet.getCell(r, valueCol).value = value;
    expected.push({ seriesId: series.id, value });
  }
  const path = join(dir, 'observations-filled.xlsx');
  await workbook.xlsx.writeFile(path);
  return { path, expected };
}

/** Builds a template, types the rows under its headers and saves it as `<dir>/<kind>-filled.xlsx`. */
export async function fillTemplate(dir: string, fill: Fill): Promise<string> {
  const kind = recordKind(fill.kind)!;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(asExcelBuffer(await buildTemplate(fill.kind, plan, fill.options ?? {})));
  const sheet = workbook.getWorksheet('数据')!;
  const headers = (sheet.getRow(1).values as unknown[]).map(String);
  fill.rows.forEach((values, n) => {
    for (const [key, value] of Object.entries(values)) {
      const column = headers.indexOf(templateHeader(kind.fields.find((f) => f.key === key)!));
      if (column < 1) throw new Error(`no column for ${key}`);
      sheet.getCell(n + 2, column).value = value;
    }
  });
  const path = join(dir, `${fill.kind}-filled.xlsx`);
  writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
  return path;
}
