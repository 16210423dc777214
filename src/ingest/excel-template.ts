/**
 * An Excel template for one record kind: 填报说明 (instructions), 数据 (the sheet to fill:
 * locked header with units, dropdowns, number rules, optionally pre-filled rows) and the
 * hidden 代码表 the dropdowns draw on. Filled in — by Excel, WPS or LibreOffice — it imports
 * back through openTableSource.
 */
import ExcelJS from 'exceljs';
import type { Plan } from '../plan/derive.ts';
import { recordKind, type RecordKindId } from '../records/record-kinds.ts';
import { importContext, type RegionRef } from './import-context.ts';
import { writeCodeLists } from './template-code-lists.ts';
import { writeDataSheet } from './template-data-sheet.ts';
import { writeInstructions } from './template-instructions.ts';
import { prefilledRows } from './template-prefill.ts';
import { CODES_SHEET, DATA_SHEET, INSTRUCTIONS_SHEET } from './xlsx-source.ts';

export interface TemplateOptions {
  /** Pre-fill rows for this region (code or name). */
  region?: string;
  /** Pre-fill rows for this year. */
  year?: number;
}

export async function buildTemplate(kind: RecordKindId, plan: Plan, options: TemplateOptions = {}): Promise<Buffer> {
  const spec = recordKind(kind);
  if (!spec) throw new RangeError(`unknown record kind ${JSON.stringify(kind)}`);
  const context = importContext(plan);
  let region: RegionRef | null = null;
  if (options.region !== undefined) {
    const found = context.regions.find(options.region);
    if (!found || !('ref' in found)) throw new RangeError(`${JSON.stringify(options.region)} is not a region of plan ${plan.id}`);
    region = found.ref;
  }
  const prefill = { region, year: options.year ?? null };
  const rows = prefilledRows(kind, context, prefill);

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Plansight';
  const instructions = workbook.addWorksheet(INSTRUCTIONS_SHEET);
  const data = workbook.addWorksheet(DATA_SHEET);
  const codes = workbook.addWorksheet(CODES_SHEET, { state: 'hidden' });
  const lists = writeCodeLists(codes, spec, context);
  await writeDataSheet(data, spec, lists, rows);
  writeInstructions(instructions, plan, spec, context, { ...prefill, rows: rows.length });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
