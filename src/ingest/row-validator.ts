/**
 * Validating a file's rows one at a time, as they stream: header matched once, then each
 * row read into a record of its kind or a list of issues. Rows repeating an earlier row's
 * natural key are refused, naming the earlier row. The validator writes nothing and holds
 * only the keys seen so far (for duplicates, compactly: key-index.ts), so a million-row file
 * passes in bounded memory.
 */
import type { CalendarEntryInput } from '../records/reporting-calendar.ts';
import type { CertificationInput } from '../records/certification.ts';
import type { EnterpriseAnnualInput } from '../records/enterprise-annual.ts';
import type { EnterpriseInput } from '../records/enterprise.ts';
import type { ObservationRecord } from '../records/observation.ts';
import type { MilestoneInput, ProjectProgressInput } from '../records/project-progress.ts';
import { recordKind, type RecordKindId } from '../records/record-kinds.ts';
import { cellRef } from './cell-ref.ts';
import { cellText, toCell, type Cell } from './cell-value.ts';
import { parserFor } from './field-parser.ts';
import { matchHeader, type HeaderSource } from './header-layout.ts';
import { KeyIndex } from './key-index.ts';
import type { ImportContext } from './import-context.ts';
import type { ImportIssue } from './import-issue.ts';
import { annualRows } from './kinds/annual-rows.ts';
import { calendarRows } from './kinds/calendar-rows.ts';
import { certificationRows } from './kinds/certification-rows.ts';
import { enterpriseRows } from './kinds/enterprise-rows.ts';
import type { KindRows } from './kinds/kind-rows.ts';
import { observationRows } from './kinds/observation-rows.ts';
import { milestoneRows, projectRows } from './kinds/project-rows.ts';
import { RowReader, type RowLayout } from './row-reader.ts';
import type { SourceRow } from './table-source.ts';

export type RecordOf = {
  observations: ObservationRecord;
  enterprises: EnterpriseInput;
  annual: EnterpriseAnnualInput;
  certifications: CertificationInput;
  projects: ProjectProgressInput;
  milestones: MilestoneInput;
  calendar: CalendarEntryInput;
};

export type RowResult<R> = { record: R; warnings?: ImportIssue[] } | { issues: ImportIssue[] };

export interface RowValidator<K extends RecordKindId> {
  kind: K;
  /** File-level problems found in the header: missing required columns (error), unknown columns (warning, ignored), a column matched twice (error). */
  headerIssues: ImportIssue[];
  /**
   * Validates one row; duplicates of an earlier row's natural key (inside the file) are an
   * error naming the earlier row. Empty rows are skipped (return null). While the header has
   * errors every non-empty row is refused with no issues of its own: the reasons are in
   * `headerIssues`. A valid row may carry warnings.
   */
  validate(row: SourceRow): RowResult<RecordOf[K]> | null;
}

const ROWS: { [K in RecordKindId]: KindRows<RecordOf[K]> } = {
  observations: observationRows,
  enterprises: enterpriseRows,
  annual: annualRows,
  certifications: certificationRows,
  projects: projectRows,
  milestones: milestoneRows,
  calendar: calendarRows,
};

export interface RowValidatorOptions {
  /**
   * Remember every natural key to report duplicates (default). A second pass over a file
   * already validated turns it off: the keys are what memory grows with.
   */
  trackDuplicates?: boolean;
}

export function createRowValidator<K extends RecordKindId>(kind: K, source: HeaderSource, context: ImportContext, options: RowValidatorOptions = {}): RowValidator<K> {
  const trackDuplicates = options.trackDuplicates ?? true;
  const spec = recordKind(kind);
  if (!spec) throw new RangeError(`unknown record kind ${JSON.stringify(kind)}`);
  const header = matchHeader(spec, source);
  const layout: RowLayout = {
    headers: source.headers,
    columns: header.columns,
    fields: new Map(spec.fields.map((f) => [f.key, f])),
    parsers: new Map(spec.fields.map((f) => [f.key, parserFor(f, context)])),
  };
  const headerBroken = header.issues.some((i) => i.severity === 'error');
  const rows = ROWS[kind] as KindRows<RecordOf[K]>;
  const seen = new KeyIndex();
  // The kinds name some key parts by an alias (`period` for the field `year`).
  const keyLabels = spec.naturalKey.map((key) => (spec.fields.find((f) => f.key === key) ?? spec.fields.find((f) => f.aliases.includes(key)))?.label ?? { zh: key, en: key });

  return {
    kind,
    headerIssues: header.issues,
    validate(row) {
      // Array.from, not map: Excel rows are sparse, and holes are empty cells.
      const cells = Array.from(row.cells, toCell);
      if (cells.every((c) => c.type === 'empty')) return null;
      if (headerBroken) return { issues: [] };
      const place = { file: source.file, sheet: row.sheet ?? source.sheet, row: row.row };
      const r = new RowReader(layout, cells, place);
      const record = rows.build(r, context);
      const stray = strayCell(cells, source.headers, place);
      if (stray) (stray.severity === 'error' ? r.issues : r.warnings).push(stray);
      if (record === null || r.failed) return { issues: r.issues };
      if (!trackDuplicates) return r.warnings.length > 0 ? { record, warnings: r.warnings } : { record };
      const first = seen.remember(rows.key(record), row.row);
      if (first !== undefined) {
        r.rowIssue([], 'duplicate_row', {
          zh: `与第${first}行重复（${keyLabels.map((l) => l.zh).join('、')}相同）`,
          en: `duplicates row ${first} (same ${englishList(keyLabels.map((l) => l.en.toLowerCase()))})`,
        });
        return { issues: r.issues };
      }
      return r.warnings.length > 0 ? { record, warnings: r.warnings } : { record };
    },
  };
}

/**
 * A value in a column without a header. In a CSV that is usually a comma inside an unquoted
 * value, which shifts every later cell — so the row is refused rather than read askew. In
 * a spreadsheet cells cannot shift: the value is a note beside the table, ignored with a warning.
 */
function strayCell(cells: readonly Cell[], headers: readonly string[], place: { file: string; sheet: string | null; row: number }): ImportIssue | null {
  const index = cells.findIndex((c, i) => c.type !== 'empty' && (headers[i] ?? '').trim() === '');
  if (index < 0) return null;
  const ref = cellRef(index, place.row);
  const value = cellText(cells[index]!);
  if (place.sheet !== null) {
    return {
      severity: 'warning',
      code: 'cell_without_header',
      ...place,
      column: null,
      field: null,
      value,
      expected: null,
      message: {
        zh: `第${place.row}行（${ref}）：该列没有表头，内容“${value}”将被忽略`,
        en: `row ${place.row} (${ref}): the cell holds ${JSON.stringify(value)} but its column has no header; it is ignored`,
      },
      cell: ref,
    };
  }
  return {
    severity: 'error',
    code: 'cell_without_header',
    ...place,
    column: null,
    field: null,
    value,
    expected: { zh: '表头以外的列为空', en: 'nothing outside the header’s columns' },
    message: {
      zh: `第${place.row}行（${ref}）：该列没有表头，却有内容“${value}”；请删除，或检查前面的单元格是否含未加引号的逗号`,
      en: `row ${place.row} (${ref}): the cell holds ${JSON.stringify(value)} but its column has no header; remove it, or check the cells before it for an unquoted comma`,
    },
    cell: ref,
  };
}

function englishList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
