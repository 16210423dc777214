/**
 * Observations for an evaluation run straight from a file (`plansight evaluate
 * --observations`), not through the store. The general observation rows apply, plus what
 * the evaluation cannot use yet: park-level values and quarters are refused, so nothing is
 * silently left out of a result. Any error rejects the whole file.
 */
import type { Observation } from '../evaluation/observation.ts';
import type { Plan } from '../plan/derive.ts';
import type { ObservationRecord } from '../records/observation.ts';
import { observationKind } from '../records/observation.ts';
import { cellRef } from './cell-ref.ts';
import { acceptedHeaders, type HeaderSource } from './header-layout.ts';
import { importContext } from './import-context.ts';
import type { ImportIssue } from './import-issue.ts';
import { headerKey } from './name-key.ts';
import { createRowValidator, type RowValidator } from './row-validator.ts';
import type { SourceRow } from './table-source.ts';

export type ObservationsResult = { ok: true; observations: Observation[]; warnings: ImportIssue[] } | { ok: false; errors: ImportIssue[] };

/** Feeds rows to the observation validator and gathers observations or errors. */
export class ObservationCollector {
  private readonly validator: RowValidator<'observations'>;
  private readonly errors: ImportIssue[] = [];
  private readonly warnings: ImportIssue[] = [];
  private readonly observations: Observation[] = [];

  constructor(
    plan: Plan,
    private readonly source: HeaderSource,
  ) {
    this.validator = createRowValidator('observations', source, importContext(plan));
    for (const issue of this.validator.headerIssues) (issue.severity === 'error' ? this.errors : this.warnings).push(issue);
  }

  get headerFailed(): boolean {
    return this.errors.length > 0;
  }

  add(row: SourceRow): void {
    const result = this.validator.validate(row);
    if (result === null) return;
    if ('issues' in result) {
      this.errors.push(...result.issues);
      return;
    }
    this.warnings.push(...(result.warnings ?? []));
    const refusal = this.evaluationRefusal(result.record, row.row);
    if (refusal) this.errors.push(refusal);
    else this.observations.push(toObservation(result.record));
  }

  result(): ObservationsResult {
    if (this.errors.length > 0) return { ok: false, errors: this.errors };
    if (this.observations.length === 0) {
      return {
        ok: false,
        errors: [issue(this.source, this.source.headerRow ?? 1, null, 'no_rows', { zh: '表头之后没有数据行', en: 'no data rows after the header' })],
      };
    }
    return { ok: true, observations: this.observations, warnings: this.warnings };
  }

  private evaluationRefusal(record: ObservationRecord, row: number): ImportIssue | null {
    if (record.parkId !== null) {
      return issue(this.source, row, 'park', 'park_not_evaluated', {
        zh: '园区级数据暂不参与评估；请汇总到所在市县，园区列留空',
        en: 'park-level values are not evaluated yet; enter the region’s figure and leave the park empty',
      });
    }
    if (!/^\d{4}$/.test(record.period)) {
      return issue(this.source, row, 'year', 'quarter_not_evaluated', {
        zh: `评估按年度进行，不能使用季度数据“${record.period}”；请填写全年数据`,
        en: `the evaluation is yearly and cannot use the quarter ${record.period}; enter the whole year’s figure`,
      });
    }
    return null;
  }
}

function toObservation(r: ObservationRecord): Observation {
  return { indicatorId: r.seriesId, region: r.regionCode, year: Number(r.period), value: r.value, kind: r.kind, ...(r.note ? { note: r.note } : {}) };
}

function issue(source: HeaderSource, row: number, field: string | null, code: string, detail: { zh: string; en: string }): ImportIssue {
  const names = acceptedHeaders(observationKind);
  const index = field === null ? -1 : source.headers.findIndex((h) => names.get(headerKey(h))?.key === field);
  const column = index >= 0 ? source.headers[index]! : null;
  const at = column ? { zh: `第${row}行“${column}”列（${cellRef(index, row)}）`, en: `row ${row}, column ${column} (${cellRef(index, row)})` } : { zh: `第${row}行`, en: `row ${row}` };
  return {
    severity: 'error',
    code,
    file: source.file,
    sheet: source.sheet,
    row,
    column,
    field,
    value: null,
    expected: null,
    message: { zh: `${at.zh}：${detail.zh}`, en: `${at.en}: ${detail.en}` },
    ...(index >= 0 ? { cell: cellRef(index, row) } : {}),
  };
}
