/**
 * Every record kind read from a CSV and from an .xlsx written by exceljs: the same rows,
 * typed as each format types them, give the same records.
 */
import { describe, expect, it } from 'vitest';
import type { RecordKindId } from '../../src/records/record-kinds.ts';
import { creditCode, plan, Styled, tempDir, validateFile, writeCsv, writeXlsx } from './support.ts';

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const [p0, p1] = plan.projects;
const haikouProject = plan.projects.find((p) => p.regions.includes('460400'))!;
const A = creditCode(1);
const B = creditCode(2, '460400');

interface Case {
  kind: RecordKindId;
  csv: string[];
  xlsx: unknown[][];
  expected: unknown[];
}

const cases: Case[] = [
  {
    kind: 'observations',
    csv: [
      '指标,市县,园区,年份,数值,数据类型,备注',
      '数字经济核心产业营收,海口市,,2026,"1,610.5",,示例',
      'gdp,,,2027年,８９５０,,',
      'green-factories,儋州,洋浦经济开发区,2027,12,,',
      '规模以上工业单位增加值能耗下降,,,2027,3.2,下达目标,',
      'rd-expenditure-share,460200,,2027年第3季度,2.1%,实际值,',
    ],
    xlsx: [
      ['指标', '市县', '园区', '年份', '数值', '数据类型', '备注'],
      ['数字经济核心产业营收', '海口市', null, 2026, 1610.5, null, '示例'],
      ['gdp', null, null, '2027年', 8950, null, null],
      ['green-factories', '儋州', '洋浦经济开发区', 2027, 12, null, null],
      ['规模以上工业单位增加值能耗下降', null, null, 2027, 3.2, '下达目标', null],
      ['rd-expenditure-share', 460200, null, '2027Q3', new Styled(0.021, '0.0%'), 'actual', null],
    ],
    expected: [
      { seriesId: 'digital-economy-revenue', regionCode: '460100', parkId: null, period: '2026', kind: 'actual', value: 1610.5, note: '示例', originRow: 2 },
      { seriesId: 'gdp', regionCode: '460000', parkId: null, period: '2027', kind: 'actual', value: 8950, note: null, originRow: 3 },
      { seriesId: 'green-factories', regionCode: '460400', parkId: 'yangpu', period: '2027', kind: 'actual', value: 12, note: null, originRow: 4 },
      { seriesId: 'energy-intensity-reduction', regionCode: '460000', parkId: null, period: '2027', kind: 'target', value: 3.2, note: null, originRow: 5 },
      { seriesId: 'rd-expenditure-share', regionCode: '460200', parkId: null, period: '2027Q3', kind: 'actual', value: 2.1, note: null, originRow: 6 },
    ],
  },
  {
    kind: 'enterprises',
    csv: [
      '统一社会信用代码,企业名称,所在市县,所在园区,所属产业集群,细分领域,成立日期,企业规模,是否上市',
      `${A},海南椰风电子科技有限公司,海口市,,数字经济,电子信息制造业,2019/3/8,小型企业,否`,
      `${B},"洋浦石化新材料有限公司,洋浦分公司",460400,yangpu,石油化工新材料；现代生物医药,石油化工、天然气及生物化工,2015年6月1日,大型,Y`,
    ],
    xlsx: [
      ['统一社会信用代码', '企业名称', '所在市县', '所在园区', '所属产业集群', '细分领域', '成立日期', '企业规模', '是否上市'],
      [A, { richText: [{ text: '海南椰风' }, { text: '电子科技有限公司' }] }, '海口市', null, '数字经济', '电子信息制造业', day(2019, 3, 8), '小型企业', false],
      [B, '洋浦石化新材料有限公司,洋浦分公司', '460400', 'yangpu', '石油化工新材料；现代生物医药', '石油化工、天然气及生物化工', day(2015, 6, 1), '大型', true],
    ],
    expected: [
      { creditCode: A, name: '海南椰风电子科技有限公司', regionCode: '460100', parkId: null, clusters: ['digital-economy'], segments: ['de-electronics'], foundedOn: '2019-03-08', sizeClass: 'small', listed: false },
      {
        creditCode: B,
        name: '洋浦石化新材料有限公司,洋浦分公司',
        regionCode: '460400',
        parkId: 'yangpu',
        clusters: ['petrochem-materials', 'biomedicine'],
        segments: ['pm-petrochemicals', 'pm-gas-biochem'],
        foundedOn: '2015-06-01',
        sizeClass: 'large',
        listed: true,
      },
    ],
  },
  {
    kind: 'annual',
    csv: [
      '统一社会信用代码,年度,营业收入（万元）,主营业务收入(万元),研发费用,境内研发费用,从业人员（人）,研发人员,资产总额,负债总额,净资产,细分市场占有率（%）,主导产品属战略性新兴产业,Ⅰ类知识产权（件）',
      `${A},2026,"12,000",11000,800.5,800,120,30,5000,2000,3000,12.5%,是,3`,
      `${B},2026年,5000万元,,,,15,,,,,,否,`,
    ],
    xlsx: [
      ['统一社会信用代码', '年度', '营业收入（万元）', '主营业务收入(万元)', '研发费用', '境内研发费用', '从业人员（人）', '研发人员', '资产总额', '负债总额', '净资产', '细分市场占有率（%）', '主导产品属战略性新兴产业', 'Ⅰ类知识产权（件）'],
      [A, 2026, 12000, 11000, 800.5, 800, 120, 30, 5000, { formula: 'I2/2.5', result: 2000 }, 3000, new Styled(0.125, '0.0%'), '是', 3],
      [B, '2026年', '5000万元', null, null, null, 15, null, null, null, null, null, '否', null],
    ],
    expected: [
      {
        creditCode: A, year: 2026, revenue: 12000, mainBusinessRevenue: 11000, rdExpense: 800.5, rdExpenseDomestic: 800, staff: 120, rdStaff: 30, stStaff: null,
        totalAssets: 5000, totalLiabilities: 2000, netAssets: 3000, netProfit: null, highTechRevenue: null, ipClass1: 3, ipClass2: null, equityFinancing: null,
        nicheYears: null, nicheMarketSharePct: 12.5, strategicEmerging: true,
      },
      expect.objectContaining({ creditCode: B, year: 2026, revenue: 5000, staff: 15, rdStaff: null, strategicEmerging: false }),
    ],
  },
  {
    kind: 'certifications',
    csv: [
      '统一社会信用代码,认定类型,证书编号,发证日期,有效期至',
      `${A},高新技术企业,GR202346000123,2023-11-20,2026-11-19`,
      `${A},专精特新小巨人,,2024.7.1,`,
      `${B},hte,202346000999,20230101,20251231`,
    ],
    xlsx: [
      ['统一社会信用代码', '认定类型', '证书编号', '发证日期', '有效期至'],
      [A, '高新技术企业', 'GR202346000123', day(2023, 11, 20), day(2026, 11, 19)],
      [A, '专精特新“小巨人”企业', null, '2024.7.1', null],
      [B, 'hte', 202346000999, 20230101, 46022],
    ],
    expected: [
      { creditCode: A, kind: 'hte', certificateNo: 'GR202346000123', issuedOn: '2023-11-20', expiresOn: '2026-11-19' },
      { creditCode: A, kind: 'little-giant', certificateNo: null, issuedOn: '2024-07-01', expiresOn: null },
      { creditCode: B, kind: 'hte', certificateNo: '202346000999', issuedOn: '2023-01-01', expiresOn: '2025-12-31' },
    ],
  },
  {
    kind: 'projects',
    csv: [
      '项目,年度,项目阶段,计划投资（亿元）,完成投资（亿元）,开工日期,竣工日期,进展说明',
      `${p0!.name.zh},2026,建设,12.5,3,2026-03-01,,"=HYPERLINK(""http://x"")"`,
      `${p1!.id},2027,operating,,,,2027/12/31,`,
    ],
    xlsx: [
      ['项目', '年度', '项目阶段', '计划投资（亿元）', '完成投资（亿元）', '开工日期', '竣工日期', '进展说明'],
      [p0!.name.zh, 2026, '建设', 12.5, 3, day(2026, 3, 1), null, '=HYPERLINK("http://x")'],
      [p1!.id, 2027, 'operating', null, null, null, day(2027, 12, 31), null],
    ],
    expected: [
      { projectId: p0!.id, year: 2026, stage: 'construction', plannedInvestment: 12.5, completedInvestment: 3, startOn: '2026-03-01', completionOn: null, note: '=HYPERLINK("http://x")' },
      { projectId: p1!.id, year: 2027, stage: 'operating', plannedInvestment: null, completedInvestment: null, startOn: null, completionOn: '2027-12-31', note: null },
    ],
  },
  {
    kind: 'milestones',
    csv: ['项目,里程碑,计划完成日期,实际完成日期', `${haikouProject.id},开工,2026-06-30,2026-07-15`, `${haikouProject.name.zh},竣工投产,2028年12月31日,`],
    xlsx: [
      ['项目', '里程碑', '计划完成日期', '实际完成日期'],
      [haikouProject.id, '开工', day(2026, 6, 30), day(2026, 7, 15)],
      [haikouProject.name.zh, '竣工投产', '2028年12月31日', null],
    ],
    expected: [
      { projectId: haikouProject.id, name: '开工', dueOn: '2026-06-30', doneOn: '2026-07-15' },
      { projectId: haikouProject.id, name: '竣工投产', dueOn: '2028-12-31', doneOn: null },
    ],
  },
  {
    kind: 'calendar',
    csv: ['指标,市县,园区,报告期,截止日期', 'gdp,,,2026,2027-01-31', '数字经济核心产业营收,海口,,2027Q1,2027-04-20', 'green-factories,,三亚崖州湾科技城,2026,2027-02-15'],
    xlsx: [
      ['指标', '市县', '园区', '报告期', '截止日期'],
      ['gdp', null, null, 2026, day(2027, 1, 31)],
      ['数字经济核心产业营收', '海口', null, '2027Q1', day(2027, 4, 20)],
      ['green-factories', null, '三亚崖州湾科技城', 2026, day(2027, 2, 15)],
    ],
    expected: [
      { seriesId: 'gdp', regionCode: '460000', parkId: null, period: '2026', dueOn: '2027-01-31' },
      { seriesId: 'digital-economy-revenue', regionCode: '460100', parkId: null, period: '2027Q1', dueOn: '2027-04-20' },
      { seriesId: 'green-factories', regionCode: '460200', parkId: 'yazhou-bay-sci-tech-city', period: '2026', dueOn: '2027-02-15' },
    ],
  },
];

describe('every kind, from CSV and from Excel', () => {
  const dir = tempDir();
  for (const c of cases) {
    it(`${c.kind}: CSV`, async () => {
      const result = await validateFile(c.kind, writeCsv(dir, `${c.kind}.csv`, c.csv));
      expect(result.headerIssues).toEqual([]);
      expect(result.issues).toEqual([]);
      expect(result.records).toEqual(c.expected);
    });
    it(`${c.kind}: xlsx`, async () => {
      const path = await writeXlsx(dir, `${c.kind}.xlsx`, [{ name: 'Sheet1', rows: c.xlsx }]);
      const result = await validateFile(c.kind, path);
      expect(result.source.sheet).toBe('Sheet1');
      expect(result.headerIssues).toEqual([]);
      expect(result.issues).toEqual([]);
      expect(result.records).toEqual(c.expected);
    });
  }
});
