/**
 * Reads an observations CSV: bytes or text in, observations or errors out. Columns
 * `indicator,region,year,value` (a file without `region` is all province), optional `note`
 * and `kind` (`actual`, the default, or `target` for the yearly assigned target of a
 * 完成下达目标 indicator). Other columns are ignored, except `park`, which must stay empty:
 * park-level values are not evaluated yet. Every error names the row (the line in the file,
 * the header being row 1) and the column, and says what was expected. A file with any bad
 * row is rejected whole, listing every bad row, so nothing half-imported reaches an
 * evaluation.
 */
import { parse } from 'csv-parse/sync';
import type { Plan } from '../plan/derive.ts';
import type { Text } from '../plan/schema.ts';
import type { Observation, ObservationKind } from '../evaluation/observation.ts';

export interface CsvError {
  /** Line in the file where the record starts; the header is row 1. */
  row: number;
  /** The column's canonical name, or null when the error concerns the whole row or file. */
  column: string | null;
  value?: string;
  message: Text;
}

export type ObservationsCsvResult = { ok: true; observations: Observation[] } | { ok: false; errors: CsvError[] };

// The same headers the observation record kind accepts (src/records/observation.ts).
const COLUMNS = {
  indicator: ['indicator', '指标', '指标名称', '指标代码', 'indicator_id', 'series'],
  region: ['region', '市县', '地区', '区划代码', '市县代码', 'region_code'],
  year: ['year', '年份', '年度'],
  value: ['value', '数值', '值', '实际值', '监测值'],
  note: ['note', '备注', '说明'],
  kind: ['kind', '数据类型', '类型'],
  park: ['park', '园区', '园区名称', 'park_id'],
} as const;
type Column = keyof typeof COLUMNS;
const REQUIRED: Column[] = ['indicator', 'year', 'value'];

const KINDS: Record<string, ObservationKind> = {
  '': 'actual',
  actual: 'actual',
  实际: 'actual',
  实际值: 'actual',
  target: 'target',
  assigned: 'target',
  下达目标: 'target',
};

export function readObservationsCsv(input: string | Uint8Array, plan: Plan): ObservationsCsvResult {
  const text = typeof input === 'string' ? input : decode(input);
  let records: { record: string[]; info: { lines: number }; raw: string }[];
  try {
    // Line endings are unified first so the row numbers below count lines the way an editor does.
    records = parse(text.replace(/\r\n?/g, '\n'), { bom: true, info: true, raw: true, relax_column_count: true }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ row: line, column: null, message: { zh: `CSV格式错误：${reason}`, en: `malformed CSV: ${reason}` } }] };
  }
  const rows = records
    .map(({ record, info, raw }) => ({ cells: record, row: startLine(info.lines, raw) }))
    .filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
  const [header, ...body] = rows;
  if (!header) return { ok: false, errors: [{ row: 1, column: null, message: { zh: '文件为空，缺少表头', en: 'the file is empty: no header row' } }] };

  const layout = readHeader(header.cells, header.row);
  if (!layout.ok) return { ok: false, errors: layout.errors };
  const names = planNames(plan);
  const errors: CsvError[] = [];
  const observations: Observation[] = [];
  const seen = new Map<string, number>();
  for (const { cells, row } of body) {
    const result = readRow(cells, row, header.cells.length, layout.index, names, plan);
    if (!result.ok) {
      errors.push(...result.errors);
      continue;
    }
    const o = result.observation;
    const key = `${o.kind}|${o.indicatorId}|${o.region}|${o.year}`;
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push({
        row,
        column: null,
        message: {
          zh: `与第${first}行重复（同一指标、地区、年份${o.kind === 'target' ? '、下达目标' : ''}）`,
          en: `duplicates row ${first} (same indicator, region and year${o.kind === 'target' ? ', assigned target' : ''})`,
        },
      });
      continue;
    }
    seen.set(key, row);
    observations.push(o);
  }
  if (errors.length > 0) return { ok: false, errors };
  if (observations.length === 0) {
    return { ok: false, errors: [{ row: header.row, column: null, message: { zh: '表头之后没有数据行', en: 'no data rows after the header' } }] };
  }
  return { ok: true, observations };
}

function readHeader(cells: string[], row: number): { ok: true; index: Map<Column, number> } | { ok: false; errors: CsvError[] } {
  const index = new Map<Column, number>();
  const errors: CsvError[] = [];
  cells.forEach((cell, position) => {
    const name = cell.trim().toLowerCase();
    const column = (Object.keys(COLUMNS) as Column[]).find((c) => (COLUMNS[c] as readonly string[]).includes(name));
    if (!column) return;
    if (index.has(column)) {
      errors.push({ row, column, message: { zh: `表头中“${column}”列出现两次`, en: `the header names the column "${column}" twice` } });
    }
    index.set(column, position);
  });
  for (const column of REQUIRED) {
    if (!index.has(column)) {
      errors.push({
        row,
        column,
        message: {
          zh: `表头缺少“${column}”列；需要的列为 indicator,region,year,value（可选 note、kind）`,
          en: `the header has no "${column}" column; expected the columns indicator,region,year,value (optional note, kind)`,
        },
      });
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, index };
}

function readRow(
  cells: string[],
  row: number,
  headerWidth: number,
  index: Map<Column, number>,
  names: PlanNames,
  plan: Plan,
): { ok: true; observation: Observation } | { ok: false; errors: CsvError[] } {
  const errors: CsvError[] = [];
  const cell = (column: Column) => {
    const position = index.get(column);
    return position === undefined ? '' : (cells[position] ?? '').trim();
  };
  const fail = (column: Column, value: string, zh: string, en: string) => errors.push({ row, column, value, message: { zh, en } });

  const indicatorText = cell('indicator');
  const series = indicatorText === '' ? undefined : names.series(indicatorText);
  if (!series) {
    fail(
      'indicator',
      indicatorText,
      indicatorText === '' ? '指标为空；应填写指标id或规划中的指标名称' : `未知指标“${indicatorText}”；应填写规划${plan.id}的指标或统计量id，或规划中的完整中文名称`,
      indicatorText === ''
        ? 'the indicator is empty; expected an indicator id or its exact Chinese name'
        : `unknown indicator ${JSON.stringify(indicatorText)}; expected an indicator or statistic id of plan ${plan.id}, or its exact Chinese name`,
    );
  }

  const regionText = cell('region');
  const region = names.region(regionText);
  if (region === undefined) {
    fail(
      'region',
      regionText,
      `未知地区“${regionText}”；应填写规划中的六位行政区划代码（如460100）或市县名称（如海口市），留空表示全省`,
      `unknown region ${JSON.stringify(regionText)}; expected a six-digit region code of the plan (e.g. 460100) or a region's Chinese name (e.g. 海口市); leave it empty for the province`,
    );
  }

  const yearText = cell('year');
  const yearMatch = /^(\d{4})年?$/.exec(yearText.normalize('NFKC'));
  const year = yearMatch ? Number(yearMatch[1]) : NaN;
  if (!yearMatch || year < 1900 || year > 2100) {
    fail('year', yearText, `年份“${yearText}”无效；应为四位数年份，如2026`, `the year ${JSON.stringify(yearText)} is not valid; expected a four-digit year such as 2026`);
  }

  const kindText = cell('kind');
  const kind = KINDS[kindText.toLowerCase()];
  if (kind === undefined) {
    fail('kind', kindText, `类型“${kindText}”无效；应为 actual（实际值，默认）或 target（下达目标）`, `the kind ${JSON.stringify(kindText)} is not valid; expected actual (the default) or target (the assigned target)`);
  } else if (kind === 'target' && series && !series.assignedTarget) {
    fail(
      'kind',
      kindText,
      `指标“${indicatorText}”的目标不是逐年下达的，不能录入下达目标`,
      `${JSON.stringify(indicatorText)} has no yearly assigned target, so no assigned value can be entered for it`,
    );
  }

  const parkText = cell('park');
  if (parkText !== '') {
    fail('park', parkText, '园区级数据暂不参与评估；请汇总到所在市县，园区列留空', 'park-level values are not evaluated yet; enter the region’s figure and leave park empty');
  }

  const valueText = cell('value');
  const value = parseValue(valueText, series?.percent ?? false);
  if (value === null) {
    fail(
      'value',
      valueText,
      valueText === '' ? '数值为空；应为数字，如3000或15.4' : `数值“${valueText}”不是数字；应为数字，如3000或15.4${series && !series.percent && valueText.endsWith('%') ? '（该指标不是百分比）' : ''}`,
      valueText === ''
        ? 'the value is empty; expected a number such as 3000 or 15.4'
        : `the value ${JSON.stringify(valueText)} is not a number; expected a number such as 3000 or 15.4${series && !series.percent && valueText.endsWith('%') ? ' (this indicator is not a percentage)' : ''}`,
    );
  }

  if (cells.slice(headerWidth).some((c) => c.trim() !== '')) {
    errors.push({ row, column: null, message: { zh: `本行有${cells.length}个单元格，多于表头的列数`, en: `the row has ${cells.length} cells, more than the header's columns` } });
  }

  if (errors.length > 0 || !series || region === undefined || value === null || kind === undefined) return { ok: false, errors };
  const note = cell('note');
  return { ok: true, observation: { indicatorId: series.id, region, year, value, kind, ...(note ? { note } : {}) } };
}

/** A plain decimal; thousands separators and full-width digits accepted, and a % sign on percentages. */
function parseValue(text: string, percent: boolean): number | null {
  let t = text.normalize('NFKC').trim();
  if (percent && t.endsWith('%')) t = t.slice(0, -1).trim();
  if (!/^[+-]?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/.test(t)) return null;
  const value = Number(t.replace(/,/g, ''));
  return Number.isFinite(value) ? value : null;
}

/** UTF-8 (with or without BOM); a file that is not UTF-8 is read as GB18030, what Excel on Chinese Windows writes. */
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** csv-parse reports the line where a record ends; a record spanning lines starts earlier. */
function startLine(endLine: number, raw: string): number {
  const body = raw.replace(/^\n+/, '').replace(/\n$/, '');
  return endLine - (body.match(/\n/g)?.length ?? 0);
}

/*
 * How people name the plan's series and places in a spreadsheet: by id or by the plan's
 * Chinese name for indicators and statistics; by code, by Chinese name, or by the name
 * without its 市/县 (or 自治县) suffix for regions — the short form only when it is
 * unambiguous. Names are compared after NFKC normalisation, so （）and () match.
 */
interface SeriesRef {
  id: string;
  /** Only a 完成下达目标 indicator may have rows of kind `target`. */
  assignedTarget: boolean;
  /** A trailing % is accepted on the values of a percentage. */
  percent: boolean;
}

interface PlanNames {
  series(text: string): SeriesRef | undefined;
  /** The region code, the province's code for an empty cell, or undefined. */
  region(text: string): string | undefined;
}

function planNames(plan: Plan): PlanNames {
  const percentUnits = new Set(plan.units.filter((u) => u.id === 'percent' || u.symbol === '%').map((u) => u.id));
  const series = new Map<string, SeriesRef>();
  for (const i of plan.indicators) {
    const ref: SeriesRef = { id: i.id, assignedTarget: i.target.kind === 'assigned', percent: percentUnits.has(i.unit) };
    series.set(i.id, ref);
    series.set(key(i.name.zh), ref);
  }
  for (const s of plan.statistics) {
    const ref: SeriesRef = { id: s.id, assignedTarget: false, percent: percentUnits.has(s.unit) };
    if (!series.has(s.id)) series.set(s.id, ref);
    if (!series.has(key(s.name.zh))) series.set(key(s.name.zh), ref);
  }

  const regions = new Map<string, string>();
  const province = plan.province.code;
  for (const name of ['', province, plan.province.name.zh, shortName(plan.province.name.zh), '全省']) regions.set(key(name), province);
  for (const r of plan.regions) {
    regions.set(r.code, r.code);
    regions.set(key(r.name.zh), r.code);
  }
  const shortCounts = new Map<string, string[]>();
  for (const r of plan.regions) {
    const short = key(shortName(r.name.zh));
    if (short !== key(r.name.zh)) shortCounts.set(short, [...(shortCounts.get(short) ?? []), r.code]);
  }
  for (const [short, codes] of shortCounts) {
    if (codes.length === 1 && !regions.has(short)) regions.set(short, codes[0]!);
  }

  return {
    series: (text) => series.get(text.trim()) ?? series.get(key(text)),
    region: (text) => regions.get(text.trim()) ?? regions.get(key(text)),
  };
}

/** 海口市 → 海口, 定安县 → 定安, 白沙黎族自治县 → 白沙, 海南省 → 海南. */
function shortName(name: string): string {
  return name.replace(/(?:(?:黎族|苗族|回族|壮族|瑶族|藏族)+自治县|自治县|[市县省])$/u, '') || name;
}

function key(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}
