/** One enterprise's figures for one year. Amounts in 万元 (10 thousand yuan). */
import type { Text } from '../plan/schema.ts';
import type { FieldSpec, RecordKind } from './field-spec.ts';

export interface EnterpriseAnnualInput {
  creditCode: string;
  year: number;
  revenue: number | null;
  mainBusinessRevenue: number | null;
  rdExpense: number | null;
  rdExpenseDomestic: number | null;
  staff: number | null;
  rdStaff: number | null;
  stStaff: number | null;
  totalAssets: number | null;
  totalLiabilities: number | null;
  netAssets: number | null;
  netProfit: number | null;
  highTechRevenue: number | null;
  ipClass1: number | null;
  ipClass2: number | null;
  equityFinancing: number | null;
  nicheYears: number | null;
  nicheMarketSharePct: number | null;
  strategicEmerging: boolean | null;
}

const WAN: Text = { zh: '万元', en: '10k yuan' };
const PEOPLE: Text = { zh: '人', en: 'persons' };
const ITEMS: Text = { zh: '件', en: 'items' };

/**
 * Bounds no real enterprise reaches, so that a slip of the unit (元 typed as 万元) or a
 * stray digit is refused at the row rather than stored: the largest Chinese enterprises
 * report revenue of some 3.5 × 10⁸ 万元 (3.5 万亿元) and 1.5 million staff.
 */
const MAX_AMOUNT = 1e10; // 万元 = 100 万亿元, more than China's GDP
const MAX_PEOPLE = 10_000_000;
const MAX_ITEMS = 1_000_000;

/** An amount in 万元; `signed` for amounts that may be negative (profit, net assets). */
const amount = (key: string, zh: string, en: string, aliases: string[], signed = false): FieldSpec => ({
  key, label: { zh, en }, aliases, type: 'number', required: false, unit: WAN, min: signed ? -MAX_AMOUNT : 0, max: MAX_AMOUNT,
});
const count = (key: string, zh: string, en: string, aliases: string[], unit: Text = PEOPLE): FieldSpec => ({
  key, label: { zh, en }, aliases, type: 'integer', required: false, unit, min: 0, max: unit === PEOPLE ? MAX_PEOPLE : MAX_ITEMS,
});

export const enterpriseAnnualKind: RecordKind = {
  id: 'annual',
  name: { zh: '企业年度数据', en: 'Enterprise annual data' },
  naturalKey: ['credit_code', 'year'],
  fields: [
    { key: 'credit_code', label: { zh: '统一社会信用代码', en: 'Credit code' }, aliases: ['信用代码', '社会信用代码'], type: 'credit-code', required: true },
    { key: 'year', label: { zh: '年度', en: 'Year' }, aliases: ['年份'], type: 'year', required: true },
    amount('revenue', '营业收入', 'Revenue', ['营收', '销售收入']),
    amount('main_business_revenue', '主营业务收入', 'Main-business revenue', ['主营收入']),
    amount('rd_expense', '研发费用', 'R&D expense', ['研发投入', '研究开发费用']),
    amount('rd_expense_domestic', '境内研发费用', 'R&D expense in China', ['境内研究开发费用']),
    count('staff', '从业人员', 'Staff', ['职工人数', '从业人员数']),
    count('rd_staff', '研发人员', 'R&D staff', ['研发人员数']),
    count('st_staff', '科技人员', 'S&T staff', ['科技人员数']),
    amount('total_assets', '资产总额', 'Total assets', ['总资产']),
    amount('total_liabilities', '负债总额', 'Total liabilities', ['总负债']),
    amount('net_assets', '净资产', 'Net assets', ['所有者权益'], true),
    amount('net_profit', '净利润', 'Net profit', ['利润'], true),
    amount('high_tech_revenue', '高新技术产品收入', 'High-tech product revenue', ['高新技术产品（服务）收入', '高品收入']),
    count('ip_class1', 'Ⅰ类知识产权', 'Class-I IP items', ['I类知识产权', '一类知识产权'], ITEMS),
    count('ip_class2', 'Ⅱ类知识产权', 'Class-II IP items', ['II类知识产权', '二类知识产权'], ITEMS),
    amount('equity_financing', '股权融资', 'Equity financing', ['股权融资额']),
    { key: 'niche_years', label: { zh: '从事细分市场年限', en: 'Years in niche' }, aliases: ['细分市场年限'], type: 'integer', required: false, unit: { zh: '年', en: 'years' }, min: 0, max: 200 },
    { key: 'niche_market_share_pct', label: { zh: '细分市场占有率', en: 'Niche market share' }, aliases: ['市场占有率'], type: 'number', required: false, unit: { zh: '%', en: '%' }, min: 0, max: 100 },
    { key: 'strategic_emerging', label: { zh: '主导产品属战略性新兴产业', en: 'Main product in a strategic emerging industry' }, aliases: ['战略性新兴产业'], type: 'boolean', required: false },
  ],
};
