/**
 * The 数据 sheet of a template: the header (label with unit, frozen and locked), data rows
 * left unlocked for filling, and per column a dropdown or a number rule. The sheet is
 * protected without a password: it guards the header against slips, not against intent.
 */
import type ExcelJS from 'exceljs';
import type { FieldSpec, RecordKind } from '../records/field-spec.ts';
import { columnLetter } from './cell-ref.ts';
import { MAX_YEAR, MIN_YEAR } from './parse-date.ts';
import { columnWidth } from './text-width.ts';
import type { CodeList } from './template-code-lists.ts';
import type { PrefilledRow } from './template-prefill.ts';

/** Rows left open for filling below the header (more if more are pre-filled). */
export const OPEN_ROWS = 1000;

/** `营业收入（万元）`: the header a template writes, which import matches back to the field. */
export function templateHeader(field: FieldSpec): string {
  return field.unit ? `${field.label.zh}（${field.unit.zh}）` : field.label.zh;
}

// Dropdowns and number rules live in the sheet's dataValidations collection; exceljs has
// `add(range, rule)` but not in its typings.
interface Validations {
  add(range: string, rule: ExcelJS.DataValidation): void;
}

function ruleFor(field: FieldSpec, list: CodeList | undefined): ExcelJS.DataValidation | null {
  const prompt = { showInputMessage: true, promptTitle: field.label.zh.slice(0, 32) };
  if (list) {
    return {
      type: 'list',
      allowBlank: true,
      formulae: [list.range],
      ...prompt,
      prompt: list.multiple ? '可从列表选择；多个请用“；”分隔' : '请从列表中选择，或填写代码',
      // A list field takes several names, which no dropdown can offer: the list is a suggestion there.
      showErrorMessage: !list.multiple,
      errorTitle: '不在列表中',
      error: `请从下拉列表中选择${field.label.zh}`,
    };
  }
  if (field.type === 'integer' || field.type === 'number' || field.type === 'year') {
    const whole = field.type !== 'number';
    const min = field.type === 'year' ? MIN_YEAR : (field.min ?? -1e12);
    const max = field.type === 'year' ? MAX_YEAR : (field.max ?? 1e12);
    const range = field.min !== undefined && field.max === undefined && field.type !== 'year' ? `不小于${min}的` : `${min}到${max}之间的`;
    const noun = whole ? '整数' : '数字';
    const explicitRange = field.type === 'year' || field.min !== undefined || field.max !== undefined;
    const text = `请填写${explicitRange ? range : ''}${noun}${field.unit ? `（单位：${field.unit.zh}）` : ''}`;
    return {
      type: whole ? 'whole' : 'decimal',
      operator: field.max === undefined && field.type !== 'year' && field.min !== undefined ? 'greaterThanOrEqual' : 'between',
      formulae: field.max === undefined && field.type !== 'year' && field.min !== undefined ? [min] : [min, max],
      allowBlank: true,
      ...prompt,
      prompt: text,
      showErrorMessage: true,
      errorTitle: '数值有误',
      error: text,
    };
  }
  if (field.type === 'date') {
    return {
      type: 'date',
      operator: 'between',
      formulae: [new Date(Date.UTC(MIN_YEAR, 0, 1)), new Date(Date.UTC(MAX_YEAR, 11, 31))],
      allowBlank: true,
      ...prompt,
      prompt: '日期，如2027-03-15',
      showErrorMessage: true,
      errorTitle: '日期有误',
      error: '请填写日期，如2027-03-15',
    };
  }
  return null;
}

/** Text columns stay text (a credit code typed as a number loses digits); dates show as 2027-03-15. */
function numFmtFor(field: FieldSpec): string | undefined {
  if (field.type === 'credit-code' || field.type === 'string') return '@';
  if (field.type === 'date') return 'yyyy-mm-dd';
  return undefined;
}

export async function writeDataSheet(sheet: ExcelJS.Worksheet, kind: RecordKind, lists: ReadonlyMap<string, CodeList>, rows: readonly PrefilledRow[]): Promise<void> {
  const fields = kind.fields;
  const lastRow = 1 + Math.max(OPEN_ROWS, rows.length + 200);
  const header = sheet.getRow(1);
  fields.forEach((field, i) => {
    const cell = header.getCell(i + 1);
    cell.value = templateHeader(field);
    cell.font = { bold: true, ...(field.required ? { color: { argb: 'FFC00000' } } : {}) };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.protection = { locked: true };
  });
  header.height = 30;

  const validations = (sheet as unknown as { dataValidations: Validations }).dataValidations;
  fields.forEach((field, i) => {
    const letter = columnLetter(i);
    const list = lists.get(field.key);
    sheet.getColumn(i + 1).width = columnWidth([templateHeader(field), ...(list?.names ?? [])], field.type === 'string' ? 20 : 12);
    const rule = ruleFor(field, list);
    if (rule) validations.add(`${letter}2:${letter}${lastRow}`, rule);
    const numFmt = numFmtFor(field);
    for (let r = 2; r <= lastRow; r++) {
      const cell = sheet.getCell(r, i + 1);
      cell.protection = { locked: false };
      if (numFmt) cell.numFmt = numFmt;
    }
  });

  rows.forEach((prefilled, n) => {
    fields.forEach((field, i) => {
      const value = prefilled.values[field.key];
      if (value !== undefined) sheet.getCell(n + 2, i + 1).value = value;
    });
    const valueColumn = fields.findIndex((f) => f.key === 'value');
    if (prefilled.series && valueColumn >= 0) sheet.getCell(n + 2, valueColumn + 1).note = `单位：${prefilled.series.unit.symbol}`;
  });

  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }];
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    insertRows: true,
    deleteRows: true,
    sort: true,
    autoFilter: true,
  });
}
