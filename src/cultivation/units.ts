/** Units a criterion's value is shown in, and the unit each annual field carries. */
import type { Text } from '../plan/schema.ts';
import type { AnnualField } from './measure-schema.ts';

export const unitIds = ['percent', '10k-cny', 'persons', 'items', 'years', 'times', 'points', 'yes-no', 'level', 'text'] as const;
export type UnitId = (typeof unitIds)[number];

/** Appended to a number: `3%`, `500 万元` / `5 million`… (no space before % and 分). */
export const unitSuffix: Record<UnitId, Text> = {
  percent: { zh: '%', en: '%' },
  '10k-cny': { zh: ' 万元', en: ' × 10,000 yuan' },
  persons: { zh: ' 人', en: ' persons' },
  items: { zh: ' 件', en: ' items' },
  years: { zh: ' 年', en: ' years' },
  times: { zh: ' 项/年', en: ' a year' },
  points: { zh: ' 分', en: ' points' },
  'yes-no': { zh: '', en: '' },
  level: { zh: '', en: '' },
  text: { zh: '', en: '' },
};

export const annualFieldUnits: Record<AnnualField, UnitId> = {
  revenue: '10k-cny',
  mainBusinessRevenue: '10k-cny',
  rdExpense: '10k-cny',
  rdExpenseDomestic: '10k-cny',
  staff: 'persons',
  rdStaff: 'persons',
  stStaff: 'persons',
  totalAssets: '10k-cny',
  totalLiabilities: '10k-cny',
  netAssets: '10k-cny',
  netProfit: '10k-cny',
  highTechRevenue: '10k-cny',
  ipClass1: 'items',
  ipClass2: 'items',
  equityFinancing: '10k-cny',
  nicheYears: 'years',
  nicheMarketSharePct: 'percent',
  strategicEmerging: 'yes-no',
};
