/**
 * Files with mistakes of every kind: each bad row is reported with its row, column, the
 * value found and what was expected, in Chinese and English, and no bad row yields a record.
 */
import { describe, expect, it } from 'vitest';
import { creditCode, placed, plan, Styled, tempDir, validateFile, writeCsv, writeXlsx } from './support.ts';

const dir = tempDir();
const A = creditCode(1);
const B = creditCode(2);

describe('annual data with mistakes', () => {
  const header = '统一社会信用代码,年度,营业收入（万元）,主营业务收入（万元）,研发费用（万元）,境内研发费用（万元）,从业人员（人）,研发人员（人）,科技人员（人）,资产总额（万元）,负债总额（万元）,净资产（万元）,高新技术产品收入（万元）,细分市场占有率（%）';
  const lines = [
    header,
    `${A},2026,1000,900,100,80,50,10,20,500,200,300,600,10`, // 2: fine
    `${A.toLowerCase().replace(/^9/, '9')},2026,一百万,,,,,,,,,,,`, // 3: lower-case code, words for a number
    `${A.slice(0, 17)}0,2026,-5,,,,12.5,,,,,,,`, // 4: checksum, negative amount, fractional staff
    `${B},27,1000,1200,100,120,50,60,70,,,,1500,101`, // 5: bad year; four parts exceed wholes; share over 100
    `${B},2026,1000,,,,,,,500,200,250,,`, // 6: net assets off: a warning only
    `${A},2026,5,,,,,,,,,,,`, // 7: duplicates row 2
    `,2026,=1+1,,,,,,,,,,,`, // 8: missing code; a formula-looking text is not a number
    `${B},2030年,"1,000",,,,,,,,,,,,extra`, // 9: a cell outside the header
  ];

  it('reports every bad row, with row, column, value and what was expected', async () => {
    const result = await validateFile('annual', writeCsv(dir, 'annual-bad.csv', lines));
    expect(result.headerIssues).toEqual([]);
    expect(placed(result.issues)).toEqual([
      [3, 'credit_code', A.toLowerCase()],
      [3, 'revenue', '一百万'],
      [4, 'credit_code', `${A.slice(0, 17)}0`],
      [4, 'revenue', '-5'],
      [4, 'staff', '12.5'],
      [5, 'year', '27'],
      [5, 'niche_market_share_pct', '101'],
      [5, 'rd_staff', '60'],
      [5, 'st_staff', '70'],
      [5, 'rd_expense_domestic', '120'],
      [5, 'main_business_revenue', '1200'],
      [5, 'high_tech_revenue', '1500'],
      [7, null, null],
      [8, 'credit_code', null],
      [8, 'revenue', '=1+1'],
      [9, null, 'extra'],
    ]);
    expect(result.issues.map((i) => i.code)).toEqual([
      'invalid_credit_code', 'not_a_number', 'invalid_credit_code', 'out_of_range', 'not_whole', 'not_a_year', 'out_of_range',
      'part_exceeds_whole', 'part_exceeds_whole', 'part_exceeds_whole', 'part_exceeds_whole', 'part_exceeds_whole',
      'duplicate_row', 'required', 'not_a_number', 'cell_without_header',
    ]);
    // Only the good row and the row with a warning become records.
    expect(result.records.map((r) => r.creditCode)).toEqual([A, B]);
    expect(result.warnings.map((w) => [w.row, w.code, w.field])).toEqual([[6, 'net_assets_mismatch', 'net_assets']]);
  });

  it('messages say where, what was found and what was expected, in both languages', async () => {
    const { issues } = await validateFile('annual', writeCsv(dir, 'annual-bad.csv', lines));
    const message = (row: number, field: string | null) => issues.find((i) => i.row === row && i.field === field)!;
    expect(message(3, 'revenue').message).toEqual({
      zh: '第3行“营业收入（万元）”列（C3）：应为0到10,000,000,000之间的数字（单位：万元），实际为“一百万”',
      en: 'row 3, column 营业收入（万元） (C3): expected a number from 0 to 10,000,000,000 (10k yuan), got "一百万"',
    });
    expect(message(3, 'revenue')).toMatchObject({ severity: 'error', file: 'annual-bad.csv', sheet: null, column: '营业收入（万元）', cell: 'C3', expected: { zh: '0到10,000,000,000之间的数字（单位：万元）' } });
    expect(message(3, 'credit_code').message.zh).toContain(`字母应为大写，应填写“${A}”`);
    expect(message(3, 'credit_code').message.en).toContain(`letters must be upper case: ${A}`);
    expect(message(4, 'credit_code').message.en).toContain('the check character is wrong');
    expect(message(4, 'staff').message.en).toBe('row 4, column 从业人员（人） (G4): expected a whole number from 0 to 10,000,000 (persons), got "12.5"');
    expect(message(5, 'rd_staff').message).toEqual({
      zh: '第5行：“研发人员（人）”（60）不能大于“从业人员（人）”（50）',
      en: 'row 5: 研发人员（人） (60) cannot exceed 从业人员（人） (50)',
    });
    expect(message(5, 'niche_market_share_pct').message.zh).toContain('应为0到100之间的数字（单位：%）');
    expect(message(7, null).message).toEqual({
      zh: '第7行：与第2行重复（统一社会信用代码、年度相同）',
      en: 'row 7: duplicates row 2 (same credit code and year)',
    });
    expect(message(8, 'credit_code').message.zh).toBe('第8行“统一社会信用代码”列（A8）：不能为空，应为18位统一社会信用代码');
    expect(message(9, null).message.en).toContain('(O9): the cell holds "extra" but its column has no header');
  });

  it('refuses figures no enterprise can have: a unit slip or a stray digit', async () => {
    const absurd = [header, `${A},2026,2e10,,,,1.99e26,,,,,-2e10,,`, `${B},2026,1e10,,,,10000000,,,,,-1e10,,`];
    const { issues } = await validateFile('annual', writeCsv(dir, 'annual-absurd.csv', absurd));
    expect(issues.map((i) => [i.row, i.field, i.code])).toEqual([
      [2, 'revenue', 'out_of_range'],
      [2, 'staff', 'out_of_range'],
      [2, 'net_assets', 'out_of_range'],
    ]);
    expect(issues[1]!.message.en).toContain('expected a whole number from 0 to 10,000,000 (persons), got "1.99e26"');
  });
});

describe('other kinds with mistakes', () => {
  it('enterprises: unknown names, a park outside its region, impossible dates, enum and boolean values', async () => {
    const result = await validateFile(
      'enterprises',
      writeCsv(dir, 'enterprises-bad.csv', [
        '统一社会信用代码,企业名称,所在市县,所在园区,所属产业集群,细分领域,成立日期,企业规模,是否上市',
        `${A},甲公司,北京市,,数字经济,,2019-03-08,小型,否`,
        `${B},乙公司,海口市,洋浦经济开发区,数字经济；量子计算,,2027-02-30,超大型,也许`,
        `${creditCode(3)},,海南省,,,,,,`,
        `${creditCode(4)},丁公司,白沙县,,数字经济,石油化工,,,`,
      ]),
    );
    expect(placed(result.issues)).toEqual([
      [2, 'region', '北京市'],
      [3, 'clusters', '数字经济；量子计算'],
      [3, 'founded_on', '2027-02-30'],
      [3, 'size_class', '超大型'],
      [3, 'listed', '也许'],
      [3, 'park', '洋浦经济开发区'],
      [4, 'name', null],
      [4, 'region', '海南省'],
    ]);
    const [region, clusters, , size, , park] = result.issues;
    expect(region!.message.en).toContain('got "北京市" (not a region of the plan)');
    expect(clusters!.message.zh).toContain('规划中没有“量子计算”这个产业集群');
    expect(size!.message.en).toContain('expected one of large (大型), medium (中型), small (小型), micro (微型), got "超大型"');
    expect(park!.message.zh).toBe('第3行：园区“洋浦经济开发区”位于儋州市，不在“所在市县”列所填的海口市；请改正市县或园区，或将市县留空');
    expect(result.issues.find((i) => i.row === 4 && i.field === 'region')!.message.en).toContain('a city or county is needed here, not the whole province');
    // 白沙县 is 白沙黎族自治县; a segment of another cluster is only a warning.
    expect(result.records.map((r) => [r.creditCode, r.regionCode])).toEqual([[creditCode(4), '469025']]);
    expect(result.warnings.map((w) => w.code)).toEqual(['segment_outside_clusters']);
  });

  it('text no database can keep as given (NUL, half a surrogate pair) is refused at its cell', async () => {
    const result = await validateFile(
      'observations',
      writeCsv(dir, 'observations-unstorable.csv', ['indicator,region,year,value,note', 'gdp,,2026,100,统计\u0000局', 'gdp,,2027,100,fine']),
    );
    expect(result.issues.map((i) => [i.row, i.field, i.code, i.cell])).toEqual([[2, 'note', 'unstorable_text', 'E2']]);
    expect(result.issues[0]!.message.en).toContain('contains a NUL character (U+0000), which cannot be stored');
  });

  it('observations: unknown series, implausible values, an assigned target where there is none', async () => {
    const result = await validateFile(
      'observations',
      writeCsv(dir, 'observations-bad.csv', [
        'indicator,region,park,year,value,kind',
        'digital-economy,,,2026,2800,', // a cluster id, not a series
        'gdp,,,2026,-1,',
        'green-factories,,,2026,3.5,',
        'rd-expenditure-share,,,2026,1200,',
        'gdp,,,2026,100,target',
        'gdp,,,2026Q5,100,',
        'gdp,,,2026,5%,',
        'energy-intensity-reduction,,,2026,-3.5,',
      ]),
    );
    expect(placed(result.issues)).toEqual([
      [2, 'indicator', 'digital-economy'],
      [3, 'value', '-1'],
      [4, 'value', '3.5'],
      [5, 'value', '1200'],
      [6, 'kind', 'target'],
      [7, 'year', '2026Q5'],
      [8, 'value', '5%'],
    ]);
    expect(result.issues[0]!.message.en).toBe(
      'row 2, column indicator (A2): expected an indicator or statistic id of plan hainan-hitech-2026-2030, or its exact Chinese name, got "digital-economy" (not an indicator of the plan)',
    );
    expect(result.issues[2]!.expected!.en).toBe('a whole number ≥ 0 (count)');
    expect(result.issues[3]!.expected!.zh).toBe('-100到1000之间的数字（单位：%）');
    expect(result.issues[4]!.message.en).toContain('has no yearly assigned target');
    // A percentage may fall: the reduction indicator's −3.5 % is a value, not an error.
    expect(result.records.map((r) => r.value)).toEqual([-3.5]);
  });

  it('certifications, projects and milestones: dates out of order, unknown projects, early dates', async () => {
    const certs = await validateFile(
      'certifications',
      writeCsv(dir, 'certs-bad.csv', ['统一社会信用代码,认定类型,发证日期,有效期至', `${A},高企,2024-01-01,2023-12-31`, `${A},金牌企业,2024-01-01,`]),
    );
    expect(placed(certs.issues)).toEqual([
      [2, 'expires_on', '2023-12-31'],
      [3, 'kind', '金牌企业'],
    ]);
    expect(certs.issues[0]!.message.zh).toBe('第2行：“有效期至”（2023-12-31）应晚于“发证日期”（2024-01-01）');

    const project = plan.projects[0]!;
    const projects = await validateFile(
      'projects',
      writeCsv(dir, 'projects-bad.csv', ['项目,年度,项目阶段,开工日期,竣工日期', `不存在的项目,2026,建设,,`, `${project.id},2026,停工,2026-05-01,2026-04-01`]),
    );
    expect(placed(projects.issues)).toEqual([
      [2, 'project', '不存在的项目'],
      [3, 'stage', '停工'],
      [3, 'completion_on', '2026-04-01'],
    ]);

    const milestones = await validateFile(
      'milestones',
      writeCsv(dir, 'milestones-bad.csv', ['项目,里程碑,计划完成日期,实际完成日期', `${project.id},开工,2026-06-30,1999-12-31`, `${project.id},开工,2026-06-30,`]),
    );
    expect(placed(milestones.issues)).toEqual([[2, 'done_on', '1999-12-31']]);
    expect(milestones.issues[0]!.expected).toEqual({ zh: '2000-01-01或之后的日期', en: 'a date on or after 2000-01-01' });
    expect(milestones.records).toHaveLength(1);
  });

  it('Excel cells: error values, formulas without a result, hyperlinks, percentages, long numbers in text columns', async () => {
    const path = await writeXlsx(dir, 'cells.xlsx', [
      {
        name: '数据',
        rows: [
          ['统一社会信用代码', '年度', '营业收入（万元）', '从业人员（人）', '研发人员（人）', '细分市场占有率（%）'],
          [A, 2026, { error: '#DIV/0!' }, { formula: 'A1*2' }, 1, new Styled(0.5, '0%')],
          [{ text: B, hyperlink: 'https://example.org' }, { formula: '2025+1', result: 2026 }, 1e3, 10, 3, new Styled(1.5, '0%')],
          [creditCode(9), 2026, 100, 10, 3, null, undefined, '旁注'],
        ],
      },
    ]);
    const result = await validateFile('annual', path);
    expect(placed(result.issues)).toEqual([
      [2, 'revenue', '#DIV/0!'],
      [2, 'staff', '=…'],
      [3, 'niche_market_share_pct', '150%'],
    ]);
    expect(result.issues[0]!.message.zh).toContain('单元格为错误值#DIV/0!');
    expect(result.issues[1]!.message.en).toContain('a formula saved without its result');
    expect(result.issues.every((i) => i.sheet === '数据')).toBe(true);
    // Beside a spreadsheet's table a note cannot be a shifted cell: a warning, and the row imports.
    expect(result.records.map((r) => r.creditCode)).toEqual([creditCode(9)]);
    expect(result.warnings.map((w) => [w.row, w.code, w.value, w.cell])).toEqual([[4, 'cell_without_header', '旁注', 'H4']]);

    // A certificate number typed as a number too long for a double has lost digits already.
    const certs = await writeXlsx(dir, 'certs.xlsx', [
      { name: '数据', rows: [['统一社会信用代码', '认定类型', '证书编号', '发证日期'], [A, 'hte', Number('12345678901234567890'), '2024-01-01'], [B, 'hte', 202346000123, '2024-01-01']] },
    ]);
    const read = await validateFile('certifications', certs);
    expect(placed(read.issues)).toEqual([[2, 'certificate_no', '12345678901234567000']]);
    expect(read.issues[0]!.message.zh).toContain('数字过长，已丢失精度');
    expect(read.records.map((r) => r.certificateNo)).toEqual(['202346000123']);
  });
});

describe('header problems', () => {
  it('missing required columns and a field named twice are errors; unknown columns are warnings', async () => {
    const result = await validateFile('annual', writeCsv(dir, 'header.csv', ['信用代码,营业收入,营收（万元）,来源', `${A},1,2,x`]));
    expect(result.headerIssues.map((i) => [i.severity, i.code, i.field, i.column, i.cell ?? null])).toEqual([
      ['error', 'duplicate_column', 'revenue', '营收（万元）', 'C1'],
      ['warning', 'unknown_column', null, '来源', 'D1'],
      ['error', 'missing_column', 'year', null, null],
    ]);
    expect(result.headerIssues[0]!.message.en).toBe('columns 营收（万元） (C1) and 营业收入 (B1) are both Revenue; remove one of them');
    expect(result.headerIssues[2]!.message.zh).toBe('表头缺少必填列“年度”（也可写作：年度、year、年份）');
    // With a broken header no row becomes a record, and no row repeats the header's complaint.
    expect(result.records).toEqual([]);
    expect(result.issues).toEqual([]);
  });

  it('headers match by key, label, alias, full-width letters, spaces, a required mark and a unit in brackets', async () => {
    const result = await validateFile(
      'annual',
      writeCsv(dir, 'headers.csv', [' CREDIT_CODE ,*年 度,Revenue (10k yuan),营业收入[万元]x,ＲＤ_ＳＴＡＦＦ,I类知识产权（件）', `${A},2026,1,,0,2`]),
    );
    expect(result.headerIssues.map((i) => i.column)).toEqual(['营业收入[万元]x']);
    expect(result.records[0]).toMatchObject({ creditCode: A, year: 2026, revenue: 1, rdStaff: 0, ipClass1: 2 });
  });
});
