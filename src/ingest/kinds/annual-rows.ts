/**
 * Enterprise annual rows: one enterprise, one year, amounts in 万元. A part cannot exceed
 * its whole (R&D staff within staff, domestic R&D within R&D expense, main-business and
 * high-tech revenue within revenue); net assets that do not match assets minus liabilities
 * are only a warning, since balance sheets are often filled from different reports.
 */
import type { EnterpriseAnnualInput } from '../../records/enterprise-annual.ts';
import type { RowReader } from '../row-reader.ts';
import type { KindRows } from './kind-rows.ts';

const NUMBERS = [
  ['revenue', 'revenue'],
  ['mainBusinessRevenue', 'main_business_revenue'],
  ['rdExpense', 'rd_expense'],
  ['rdExpenseDomestic', 'rd_expense_domestic'],
  ['staff', 'staff'],
  ['rdStaff', 'rd_staff'],
  ['stStaff', 'st_staff'],
  ['totalAssets', 'total_assets'],
  ['totalLiabilities', 'total_liabilities'],
  ['netAssets', 'net_assets'],
  ['netProfit', 'net_profit'],
  ['highTechRevenue', 'high_tech_revenue'],
  ['ipClass1', 'ip_class1'],
  ['ipClass2', 'ip_class2'],
  ['equityFinancing', 'equity_financing'],
  ['nicheYears', 'niche_years'],
  ['nicheMarketSharePct', 'niche_market_share_pct'],
] as const;

type NumberField = (typeof NUMBERS)[number][0];

/** [part, whole]: the part may not exceed the whole. */
const PARTS: readonly [string, string][] = [
  ['rd_staff', 'staff'],
  ['st_staff', 'staff'],
  ['rd_expense_domestic', 'rd_expense'],
  ['main_business_revenue', 'revenue'],
  ['high_tech_revenue', 'revenue'],
];

/** 万元: a net-asset figure further than this from assets − liabilities is reported. */
const BALANCE_TOLERANCE = 1;

export const annualRows: KindRows<EnterpriseAnnualInput> = {
  build(r) {
    const creditCode = r.get<string>('credit_code');
    const year = r.get<number>('year');
    const values = {} as Record<NumberField, number | null>;
    const byKey = new Map<string, number | null>();
    for (const [prop, key] of NUMBERS) {
      values[prop] = r.get<number>(key);
      byKey.set(key, values[prop]);
    }
    const strategicEmerging = r.get<boolean>('strategic_emerging');
    for (const [part, whole] of PARTS) checkPart(r, part, byKey.get(part) ?? null, whole, byKey.get(whole) ?? null);
    checkBalance(r, values.totalAssets, values.totalLiabilities, values.netAssets);
    if (r.failed || creditCode === null || year === null) return null;
    return { creditCode, year, ...values, strategicEmerging };
  },
  key: (a) => `${a.creditCode}|${a.year}`,
};

function checkPart(r: RowReader, part: string, partValue: number | null, whole: string, wholeValue: number | null): void {
  if (partValue === null || wholeValue === null || partValue <= wholeValue) return;
  r.rowIssue([part, whole], 'part_exceeds_whole', {
    zh: `“${r.header(part)}”（${partValue}）不能大于“${r.header(whole)}”（${wholeValue}）`,
    en: `${r.header(part)} (${partValue}) cannot exceed ${r.header(whole)} (${wholeValue})`,
  });
}

function checkBalance(r: RowReader, assets: number | null, liabilities: number | null, net: number | null): void {
  if (assets === null || liabilities === null || net === null) return;
  const expected = Math.round((assets - liabilities) * 100) / 100;
  if (Math.abs(net - expected) <= BALANCE_TOLERANCE) return;
  r.rowIssue(
    ['net_assets', 'total_assets', 'total_liabilities'],
    'net_assets_mismatch',
    {
      zh: `“${r.header('net_assets')}”（${net}）与“${r.header('total_assets')}”减“${r.header('total_liabilities')}”（${expected}）相差超过${BALANCE_TOLERANCE}万元，请核对`,
      en: `${r.header('net_assets')} (${net}) differs from ${r.header('total_assets')} minus ${r.header('total_liabilities')} (${expected}) by more than ${BALANCE_TOLERANCE} (10k yuan); please check`,
    },
    'warning',
    { zh: `约${expected}`, en: `about ${expected}` },
  );
}
