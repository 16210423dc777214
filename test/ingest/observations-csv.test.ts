import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readObservationsCsv, readObservationsFile, type CsvError } from '../../src/ingest/observations-csv.ts';
import { loadPlan } from '../../src/plan/read-plan-folder.ts';
import { hainanPlanDir } from '../support/paths.ts';
import { tempDir, writeCsv, writeXlsx } from './support.ts';

const plan = await loadPlan(hainanPlanDir);
const HEADER = 'indicator,region,year,value,kind,note';

function read(text: string | Uint8Array) {
  return readObservationsCsv(text, plan);
}

function errorsOf(text: string): CsvError[] {
  const result = read(text);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.errors;
}

describe('reading an observations CSV', () => {
  it('ids or exact Chinese names; codes, names or short names of regions; empty region = the province', () => {
    const result = read(
      [
        HEADER,
        'digital-economy-revenue,,2026,2800,,示例',
        '数字经济核心产业营收,海口市,2026,1610,,',
        'digital-economy-revenue,三亚,2026,465,,',
        'digital-economy-revenue,460400,2026,330,,',
        'nanfan-seeds-revenue,陵水,2026,22,,',
        '地区生产总值,海南省,2026,8500,,',
        'gdp,全省,2027,8950,,',
        '省级及以上制造业创新平台(基地),460000,2026,6,,',
      ].join('\n'),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.observations.map((o) => [o.indicatorId, o.region, o.year, o.value])).toEqual([
      ['digital-economy-revenue', '460000', 2026, 2800],
      ['digital-economy-revenue', '460100', 2026, 1610],
      ['digital-economy-revenue', '460200', 2026, 465],
      ['digital-economy-revenue', '460400', 2026, 330],
      ['nanfan-seeds-revenue', '469028', 2026, 22],
      ['gdp', '460000', 2026, 8500],
      ['gdp', '460000', 2027, 8950],
      ['manufacturing-innovation-platforms', '460000', 2026, 6],
    ]);
    expect(result.observations[0]).toMatchObject({ kind: 'actual', note: '示例' });
    expect(result.observations[1]).not.toHaveProperty('note');
  });

  it('a UTF-8 BOM (Excel’s “CSV UTF-8”), CRLF line ends and GB18030 bytes (Excel on Chinese Windows)', () => {
    const text = `${HEADER}\r\n数字经济核心产业营收,海口市,2026,1610,,示例数据\r\n`;
    const withBom = read(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]));
    expect(withBom.ok && withBom.observations[0]).toMatchObject({ indicatorId: 'digital-economy-revenue', region: '460100', note: '示例数据' });
    expect(read(`\uFEFF${text}`).ok).toBe(true);
    // “数字经济核心产业营收,海口市” written in GB18030 (GBK) bytes.
    const gbk = new Uint8Array([
      ...new TextEncoder().encode('indicator,region,year,value\n'),
      0xca, 0xfd, 0xd7, 0xd6, 0xbe, 0xad, 0xbc, 0xc3, 0xba, 0xcb, 0xd0, 0xc4, 0xb2, 0xfa, 0xd2, 0xb5, 0xd3, 0xaa, 0xca, 0xd5,
      0x2c, 0xba, 0xa3, 0xbf, 0xda, 0xca, 0xd0,
      ...new TextEncoder().encode(',2026,1610\n'),
    ]);
    const fromGbk = read(gbk);
    expect(fromGbk.ok && fromGbk.observations[0]).toMatchObject({ indicatorId: 'digital-economy-revenue', region: '460100', value: 1610 });
  });

  it('Chinese headers, thousands separators, full-width digits, 2026年, and a % sign on a percentage', () => {
    const result = read(['指标,地区,年份,数值', 'gdp,,2026,"8,500.5"', 'gdp,,２０２５,８１０８.８５', 'rd-expenditure-share,,2027年,1.56%'].join('\n'));
    expect(result.ok && result.observations.map((o) => [o.year, o.value])).toEqual([
      [2026, 8500.5],
      [2025, 8108.85],
      [2027, 1.56],
    ]);
  });

  it('assigned targets: kind target (or 下达目标) beside the actual value', () => {
    const result = read(
      [HEADER, 'energy-intensity-reduction,,2026,3.2,,', 'energy-intensity-reduction,,2026,3.0,target,', '规模以上工业单位增加值能耗下降,,2027,3.0,下达目标,'].join('\n'),
    );
    expect(result.ok && result.observations.map((o) => [o.year, o.value, o.kind])).toEqual([
      [2026, 3.2, 'actual'],
      [2026, 3, 'target'],
      [2027, 3, 'target'],
    ]);
  });

  it('every error names the row and the column and says what was expected', () => {
    const errors = errorsOf(
      [
        HEADER,
        'digital-economy-revenue,,2026,2800,,', // fine
        'digital-economy,,2026,2800,,', // a cluster id, not an indicator
        'gdp,北京市,2026,100,,',
        'gdp,,26,100,,',
        'gdp,,2026,abc,,',
        'gdp,,2027,,,',
        'gdp,,2028,5%,,',
        'gdp,,2029,1,target,',
        'gdp,,2030,1,plan,',
      ].join('\n'),
    );
    expect(errors.map((e) => [e.row, e.column, e.value])).toEqual([
      [3, 'indicator', 'digital-economy'],
      [4, 'region', '北京市'],
      [5, 'year', '26'],
      [6, 'value', 'abc'],
      [7, 'value', null],
      [8, 'value', '5%'],
      [9, 'kind', 'target'],
      [10, 'kind', 'plan'],
    ]);
    expect(errors[0]!.message.en).toBe(
      'row 3, column indicator (A3): expected an indicator or statistic id of plan hainan-hitech-2026-2030, or its exact Chinese name, got "digital-economy" (not an indicator of the plan)',
    );
    expect(errors[1]!.message.zh).toContain('实际为“北京市”（规划中没有这个市县）');
    expect(errors[2]!.message.en).toContain('expected a four-digit year');
    expect(errors[3]!.message.en).toBe('row 6, column value (D6): expected a number ≥ 0 (100 million yuan), got "abc"');
    expect(errors[4]!.message.zh).toBe('第7行“value”列（D7）：不能为空，应为不小于0的数字（单位：亿元）');
    expect(errors[5]!.message.en).toContain('got "5%" (not a percentage)');
    expect(errors[6]!.message.en).toContain('has no yearly assigned target');
  });

  it('a file with any bad row is rejected whole', () => {
    const result = read([HEADER, 'gdp,,2026,8500,,', 'gdp,,2027,x,,'].join('\n'));
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ row: 3, column: 'value' })] });
  });

  it('duplicates name the row they repeat', () => {
    const errors = errorsOf([HEADER, 'gdp,,2026,8500,,', 'gdp,海南省,2026,8501,,', 'energy-intensity-reduction,,2026,3,target,', 'energy-intensity-reduction,,2026,3,,'].join('\n'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ row: 3, column: null });
    expect(errors[0]!.message.en).toBe('row 3: duplicates row 2 (same indicator, region, park, year and kind)');
  });

  it('rows are counted as lines of the file, blank lines and multi-line notes included', () => {
    const errors = errorsOf([HEADER, '', 'gdp,,2026,8500,,"a note', 'on two lines"', 'gdp,,2027,bad,,'].join('\n'));
    expect(errors.map((e) => [e.row, e.column])).toEqual([[5, 'value']]);
  });

  it('the header: missing columns, a column named twice, extra cells; a park must stay empty', () => {
    expect(errorsOf('indicator,region,year\ngdp,,2026').map((e) => [e.row, e.field, e.code])).toEqual([[1, 'value', 'missing_column']]);
    const noRegion = read('indicator,year,value\ngdp,2026,1');
    expect(noRegion.ok && noRegion.observations[0]!.region).toBe('460000');
    expect(errorsOf('indicator,region,year,value,值\ngdp,,2026,1,2')[0]).toMatchObject({ row: 1, column: '值', field: 'value', code: 'duplicate_column' });
    expect(errorsOf('indicator,region,year,value\ngdp,,2026,1,surprise')[0]).toMatchObject({ row: 2, column: null });
    expect(read('indicator,region,year,value,source\ngdp,,2026,1,统计局').ok).toBe(true);
    expect(errorsOf('indicator,region,year,value,park\ngdp,460400,2026,1,yangpu')[0]).toMatchObject({ row: 2, column: 'park' });
  });

  it('an empty file, a header alone, and malformed CSV', () => {
    expect(errorsOf('')[0]).toMatchObject({ row: 1, column: null });
    expect(errorsOf(HEADER)[0]!.message.en).toBe('row 1: no data rows after the header');
    const [malformed] = errorsOf(`${HEADER}\ngdp,,2026,"8500,,\n`);
    expect(malformed!.message.en).toMatch(/^row 2: malformed CSV: /);
  });

  it('from a file on disk: CSV or Excel read the same; quarters and unreadable files are refused', async () => {
    const dir = tempDir();
    const rows = [
      ['指标', '市县', '年份', '数值', '数据类型', '备注'],
      ['数字经济核心产业营收', '海口市', 2026, 1610, null, '示例'],
      ['gdp', null, '2027年', 8950, null, null],
    ];
    const csv = writeCsv(dir, 'obs.csv', rows.map((r) => r.map((c) => c ?? '').join(',')));
    const xlsx = await writeXlsx(dir, 'obs.xlsx', [{ name: 'Sheet1', rows }]);
    const fromCsv = await readObservationsFile(csv, plan);
    const fromXlsx = await readObservationsFile(xlsx, plan);
    expect(fromCsv.ok && fromCsv.observations).toEqual([
      { indicatorId: 'digital-economy-revenue', region: '460100', year: 2026, value: 1610, kind: 'actual', note: '示例' },
      { indicatorId: 'gdp', region: '460000', year: 2027, value: 8950, kind: 'actual' },
    ]);
    expect(fromXlsx).toEqual(fromCsv);

    const quarter = await readObservationsFile(writeCsv(dir, 'q.csv', ['indicator,year,value', 'gdp,2027Q3,100']), plan);
    expect(quarter.ok || quarter.errors.map((e) => [e.row, e.field, e.code])).toEqual([[2, 'year', 'quarter_not_evaluated']]);
    const missing = await readObservationsFile(join(dir, 'none.csv'), plan);
    expect(missing.ok || missing.errors.map((e) => e.code)).toEqual(['unreadable_file']);
  });
});
