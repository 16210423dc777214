/**
 * Reading one row's fields. Every read either returns a value or records an issue placed at
 * the cell, saying what was found and what was expected; a kind's row builder reads all its
 * fields (so every bad cell of a row is reported, not just the first) and then checks the
 * rules that involve several fields.
 */
import type { Text } from '../plan/schema.ts';
import type { FieldSpec } from '../records/field-spec.ts';
import { UNSTORABLE_PROBLEM, unstorableText } from '../records/storable-text.ts';
import { cellRef } from './cell-ref.ts';
import { cellText, EMPTY, type Cell } from './cell-value.ts';
import type { FieldParser } from './field-parser.ts';
import type { ImportIssue } from './import-issue.ts';

export interface RowPlace {
  file: string;
  sheet: string | null;
  row: number;
}

export interface RowLayout {
  headers: readonly string[];
  columns: ReadonlyMap<string, number>;
  fields: ReadonlyMap<string, FieldSpec>;
  parsers: ReadonlyMap<string, FieldParser<unknown>>;
}

export class RowReader {
  readonly issues: ImportIssue[] = [];
  readonly warnings: ImportIssue[] = [];
  /** Set when a field could not be read: the record cannot be built even without an issue to show. */
  private incomplete = false;

  constructor(
    private readonly layout: RowLayout,
    private readonly cells: readonly Cell[],
    readonly place: RowPlace,
  ) {}

  get row(): number {
    return this.place.row;
  }

  get failed(): boolean {
    return this.incomplete || this.issues.length > 0;
  }

  cell(key: string): Cell {
    const index = this.layout.columns.get(key);
    return index === undefined ? EMPTY : (this.cells[index] ?? EMPTY);
  }

  /** The column's header as the file writes it (the field's Chinese label when absent). */
  header(key: string): string {
    const index = this.layout.columns.get(key);
    return (index === undefined ? undefined : this.layout.headers[index]) ?? this.spec(key).label.zh;
  }

  /** Reads a field with its kind's parser. Null when the cell is empty or invalid. */
  get<T>(key: string): T | null {
    return this.read(key, this.layout.parsers.get(key) as FieldParser<T> | undefined);
  }

  /** Reads a field with a parser chosen for this row (e.g. a value whose unit depends on the series). */
  read<T>(key: string, parser: FieldParser<T> | undefined): T | null {
    const spec = this.spec(key);
    if (!parser) throw new Error(`no parser for field ${key}`);
    if (!this.layout.columns.has(key)) {
      // A missing required column is reported once, in the header issues, not on every row.
      if (spec.required) this.incomplete = true;
      return null;
    }
    const cell = this.cell(key);
    if (cell.type === 'empty') {
      if (spec.required) this.cellIssue(key, 'required', parser.expected);
      return null;
    }
    if (cell.type === 'error') {
      const problem: Text =
        cell.code === 'formula'
          ? { zh: '公式没有保存计算结果，请在表格软件中重新计算或粘贴为数值', en: 'a formula saved without its result; recalculate it in the spreadsheet or paste it as a value' }
          : { zh: `单元格为错误值${cell.code}`, en: `the cell holds the error ${cell.code}` };
      this.cellIssue(key, 'cell_error', parser.expected, problem);
      return null;
    }
    const unstorable = cell.type === 'text' ? unstorableText(cell.text) : null;
    if (unstorable) {
      this.cellIssue(key, 'unstorable_text', parser.expected, UNSTORABLE_PROBLEM[unstorable]);
      return null;
    }
    const parsed = parser.parse(cell);
    if (parsed.ok) return parsed.value;
    this.cellIssue(key, parsed.code ?? parser.code, parser.expected, parsed.problem);
    return null;
  }

  /**
   * An issue about one cell: `第12行“营业收入”列（D12）：应为不小于0的数字（单位：万元），实际为“一百万”`,
   * with the reason in brackets when there is more to say than what was expected.
   */
  cellIssue(key: string, code: string, expected: Text, problem?: Text, severity: ImportIssue['severity'] = 'error'): void {
    const index = this.layout.columns.get(key);
    const value = cellText(this.cell(key));
    const header = this.header(key);
    const ref = index === undefined ? null : cellRef(index, this.row);
    const at = ref ? { zh: `第${this.row}行“${header}”列（${ref}）`, en: `row ${this.row}, column ${header} (${ref})` } : { zh: `第${this.row}行`, en: `row ${this.row}` };
    const message =
      value === null
        ? { zh: `${at.zh}：不能为空，应为${expected.zh}`, en: `${at.en}: required; expected ${expected.en}, got an empty cell` }
        : {
            zh: `${at.zh}：应为${expected.zh}，实际为“${value}”${problem ? `（${problem.zh}）` : ''}`,
            en: `${at.en}: expected ${expected.en}, got ${JSON.stringify(value)}${problem ? ` (${problem.en})` : ''}`,
          };
    this.push(severity, {
      code,
      column: header,
      field: key,
      value,
      expected,
      message,
      ...(ref ? { cell: ref } : {}),
    });
  }

  /** An issue about the row or several of its fields; the message names them itself. */
  rowIssue(keys: readonly string[], code: string, detail: Text, severity: ImportIssue['severity'] = 'error', expected: Text | null = null): void {
    const key = keys[0];
    const index = key === undefined ? undefined : this.layout.columns.get(key);
    this.push(severity, {
      code,
      column: key === undefined ? null : this.header(key),
      field: key ?? null,
      value: key === undefined ? null : cellText(this.cell(key)),
      expected,
      message: { zh: `第${this.row}行：${detail.zh}`, en: `row ${this.row}: ${detail.en}` },
      ...(index === undefined ? {} : { cell: cellRef(index, this.row) }),
    });
  }

  private push(severity: ImportIssue['severity'], issue: Omit<ImportIssue, 'severity' | 'file' | 'sheet' | 'row'>): void {
    const full: ImportIssue = { severity, file: this.place.file, sheet: this.place.sheet, row: this.row, ...issue };
    (severity === 'error' ? this.issues : this.warnings).push(full);
  }

  private spec(key: string): FieldSpec {
    const spec = this.layout.fields.get(key);
    if (!spec) throw new Error(`unknown field ${key}`);
    return spec;
  }
}
