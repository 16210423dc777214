/**
 * The Excel templates: what they contain (instructions, locked header with units, dropdowns,
 * number rules, a hidden code list, pre-filled rows) and that a filled template imports.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildTemplate } from '../../src/ingest/excel-template.ts';
import { OPEN_ROWS } from '../../src/ingest/template-data-sheet.ts';
import { recordKinds, type RecordKindId } from '../../src/records/record-kinds.ts';
import { asExcelBuffer, plan, tempDir, validateFile } from './support.ts';
import { fills, fillTemplate, filledObservationTemplate } from './template-fill.ts';

async function load(kind: RecordKindId, options: { region?: string; year?: number } = {}): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(asExcelBuffer(await buildTemplate(kind, plan, options)));
  return workbook;
}

type Validation = { type: string; formulae: unknown[]; operator?: string; allowBlank?: boolean };

describe('Excel templates', () => {
  it('annual: instructions, a frozen and locked header with units, number rules, open data rows', async () => {
    const workbook = await load('annual');
    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
      ['填报说明', 'visible'],
      ['数据', 'visible'],
      ['代码表', 'hidden'],
    ]);
    const data = workbook.getWorksheet('数据')!;
    const header = (data.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 4)).toEqual(['统一社会信用代码', '年度', '营业收入（万元）', '主营业务收入（万元）']);
    expect(header).toContain('从业人员（人）');
    expect(header).toContain('细分市场占有率（%）');
    expect(data.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect((data as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection).toMatchObject({ sheet: true });
    // Locked is Excel's default, so a loaded header cell may carry no protection of its own.
    expect(data.getCell('A1').protection?.locked ?? true).toBe(true);
    expect(data.getCell('C2').protection).toMatchObject({ locked: false });
    expect(data.getCell(`T${OPEN_ROWS + 1}`).protection).toMatchObject({ locked: false });
    expect(data.getCell('A2').numFmt).toBe('@');
    // Wider columns for Chinese headers.
    expect(data.getColumn(1).width).toBeGreaterThanOrEqual(19);

    // exceljs expands each rule's range to single cells on load.
    const rules = (data as unknown as { dataValidations: { model: Record<string, Validation> } }).dataValidations.model;
    const at = (cell: string) => rules[cell];
    expect(at(`C${OPEN_ROWS + 1}`)).toEqual(at('C2'));
    expect(at('C2')).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0, 1e10] });
    expect(at('G2')).toMatchObject({ type: 'whole', operator: 'between', formulae: [0, 10_000_000] });
    expect(at('B2')).toMatchObject({ type: 'whole', formulae: [1900, 2100] });
    expect(at('S2')).toMatchObject({ type: 'decimal', formulae: [0, 100] });
    expect(at('T2')).toMatchObject({ type: 'list', formulae: [expect.stringMatching(/^'代码表'!\$A\$2:\$A\$3$/)] });

    const instructions = workbook.getWorksheet('填报说明')!;
    const text: string[] = [];
    instructions.eachRow((row) => text.push((row.values as unknown[]).filter(Boolean).join(' | ')));
    const all = text.join('\n');
    expect(all).toContain('企业年度数据填报模板');
    expect(all).toContain('只要有一行有误，整个文件都不会导入');
    expect(all).toContain('营业收入 | 否 | 万元 | 0到10,000,000,000之间的数字（单位：万元）');
    expect(all).toContain('统一社会信用代码 | 是');
    expect(text.at(-1)).toMatch(/^English: the Enterprise annual data template of plan hainan-hitech-2026-2030\..*if any row is invalid, nothing is imported/);
  });

  it('dropdowns for regions, parks, enums and yes/no draw on the hidden code list', async () => {
    const workbook = await load('enterprises');
    const codes = workbook.getWorksheet('代码表')!;
    const column = (letter: string) => (codes.getColumn(letter).values as unknown[]).slice(1);
    expect(column('A')[0]).toBe('所在市县（名称）');
    expect(column('A')).toContain('海口市');
    expect(column('A')).not.toContain('海南省'); // an enterprise lies in a city or county
    expect(column('B')).toContain('460100');
    const rules = (workbook.getWorksheet('数据') as unknown as { dataValidations: { model: Record<string, Validation> } }).dataValidations.model;
    const lists = Object.entries(rules).filter(([cell, v]) => v.type === 'list' && /^[A-Z]+2$/.test(cell));
    expect(lists.map(([cell]) => cell).sort()).toEqual(['C2', 'D2', 'E2', 'F2', 'H2', 'I2']);
    for (const [, rule] of lists) expect(rule.formulae[0]).toMatch(/^'代码表'!\$[A-Z]+\$2:\$[A-Z]+\$\d+$/);
    // The observation template offers the province too: an empty region means the province.
    const obs = (await load('observations')).getWorksheet('代码表')!;
    expect((obs.getColumn('E').values as unknown[]).slice(1, 3)).toEqual(['市县（名称）', '海南省']);
  });

  it('observations for a region and year: one row per directly measured series, value left empty', async () => {
    const data = (await load('observations', { region: '460100', year: 2027 })).getWorksheet('数据')!;
    const rows: unknown[][] = [];
    data.eachRow((row, n) => {
      if (n > 1 && row.getCell(1).value) rows.push([1, 2, 3, 4, 5].map((c) => row.getCell(c).value ?? undefined));
    });
    const direct = [...plan.indicators.filter((i) => i.measurement.kind === 'direct'), ...plan.statistics];
    expect(rows).toHaveLength(direct.length);
    expect(rows[0]).toEqual(['高新技术产业营收', '海口市', undefined, 2027, undefined]);
    const names = rows.map((r) => r[0]);
    expect(names).not.toContain('高新技术产业增加值占地区生产总值比重'); // a ratio, computed
    expect(names).not.toContain(plan.indicators.find((i) => i.id === 'above-size-hte')!.name.zh); // counted from the registry
    expect(names).toContain('地区生产总值');
    expect(data.getCell('E2').note).toBe('单位：亿元');
    await expect(buildTemplate('observations', plan, { region: '北京市' })).rejects.toThrow(/not a region/);
  });

  it('every kind: a template filled in and saved imports to the expected records', async () => {
    const dir = tempDir();
    for (const fill of fills) {
      const result = await validateFile(fill.kind, await fillTemplate(dir, fill));
      expect(result.source.sheet, fill.kind).toBe('数据');
      expect(result.headerIssues, fill.kind).toEqual([]);
      expect(result.issues, fill.kind).toEqual([]);
      expect(result.records, fill.kind).toEqual(fill.expected);
    }
    const observations = await filledObservationTemplate(dir);
    const result = await validateFile('observations', observations.path);
    expect(result.issues).toEqual([]);
    expect(result.records.map((r) => ({ seriesId: r.seriesId, value: r.value }))).toEqual(observations.expected);
    expect(result.records.every((r) => r.regionCode === '460100' && r.period === '2027' && r.kind === 'actual')).toBe(true);
  });

  it('every kind has a template whose headers import back as the kind’s fields', async () => {
    for (const kind of recordKinds) {
      const result = await validateFile(kind.id as RecordKindId, await (async () => {
        const dir = tempDir();
        const path = `${dir}/${kind.id}.xlsx`;
        const { writeFileSync } = await import('node:fs');
        writeFileSync(path, await buildTemplate(kind.id as RecordKindId, plan, {}));
        return path;
      })());
      expect(result.headerIssues, kind.id).toEqual([]);
      expect(result.source.headers, kind.id).toHaveLength(kind.fields.length);
      expect(result.records, kind.id).toEqual([]);
    }
  });
});
