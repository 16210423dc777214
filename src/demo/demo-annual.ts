/**
 * One enterprise's yearly figures (万元), consistent with its tiers: a firm above designated
 * size earns ≥ 2000万 from the year before it entered 规上 and less before; a valid HTE
 * spends on R&D and sells high-tech products above the thresholds of 国科发火〔2016〕32号
 * (except "weak" HTEs, about 8 %, which the cultivation engine should catch); SRDI SMEs
 * spend ≥ 100万 on R&D; little giants keep a niche share ≥ 10 %. Identities hold exactly
 * in whole fen: net assets = assets − liabilities, parts ≤ wholes. About 4 % of rows miss
 * a group of fields, so "missing data" shows up in the product.
 */
import type { EnterpriseAnnualInput } from '../records/enterprise-annual.ts';
import { holdsAt, membership, type Membership } from './demo-certifications.ts';
import type { DemoContext } from './demo-context.ts';
import { streamFor, streamTags, type Random } from './random.ts';

export const ABOVE_SIZE_REVENUE = 2000;

export interface AnnualInputs {
  index: number;
  creditCode: string;
  memberships: readonly Membership[];
  foundedYear: number;
  nicheStartYear: number;
  strategicEmerging: boolean;
}

type MissingGroup = 'rd' | 'staff' | 'balance' | 'profit' | 'ip' | 'niche' | 'main';
const missingGroups: readonly MissingGroup[] = ['rd', 'staff', 'balance', 'profit', 'ip', 'niche', 'main'];

export function annualDataOf(ctx: DemoContext, input: AnnualInputs): EnterpriseAnnualInput[] {
  const rng = streamFor(ctx.options.seed, streamTags.enterpriseAnnual, input.index);
  const m = input.memberships;
  const hte = membership(m, 'hte');
  const srdi = membership(m, 'srdi-sme');
  const giant = membership(m, 'little-giant');
  const champion = membership(m, 'single-champion');
  const aboveSize = membership(m, 'above-size');
  const ladder = Boolean(srdi || giant || membership(m, 'innovative-sme'));

  const firstYear = Math.max(ctx.options.firstEnterpriseYear, input.foundedYear);
  const lastYear = ctx.options.lastYear;
  // Enterprise-level traits, drawn in a fixed order.
  const trend = clamp(rng.normal(0.08, 0.1), -0.15, 0.45);
  const crossingGrowth = rng.range(0.15, 0.35);
  const crossingLevel = ABOVE_SIZE_REVENUE * rng.range(1.05, 1.4);
  const levelNoise = rng.normal();
  const revenuePerHead = rng.range(15, 60);
  const rdStaffShare = hte ? rng.range(0.1, 0.4) : rng.range(0.02, 0.15);
  const stExtraShare = rng.range(0, 0.1);
  const weak = hte !== undefined && rng.chance(0.08);
  const mainShare = giant ? rng.range(0.9, 1) : srdi ? rng.range(0.8, 1) : rng.range(0.6, 1);
  const assetTurn = rng.range(0.7, 2.2);
  const debtRatio = giant || srdi ? rng.range(0.2, 0.65) : rng.range(0.2, 0.9);
  const margin = rng.normal(0.06, 0.07);
  let ipClass1 = hte || giant ? rng.int(giant ? 3 : 1, 8) : rng.int(0, 2);
  let ipClass2 = rng.int(0, 20);
  const nicheShare = giant ? rng.range(10, 35) : srdi ? rng.range(2, 15) : rng.range(0.1, 5);
  const nicheReported = ladder || rng.chance(0.6);
  const equityChance = ladder ? 0.12 : 0.05;

  // Above-size firms that enter 规上 during the data years grow into it; the rest start at their level.
  const crossingYear = aboveSize && aboveSize.since - 1 > firstYear ? aboveSize.since - 1 : null;
  let level: number;
  if (champion) level = 150_000 * Math.exp(0.3 * levelNoise);
  else if (giant) level = 25_000 * Math.exp(0.5 * levelNoise);
  else if (crossingYear !== null) level = crossingLevel / (1 + crossingGrowth) ** (crossingYear - firstYear);
  else if (aboveSize) level = 9_000 * Math.exp(1.0 * levelNoise);
  else if (srdi) level = 1_500 * Math.exp(0.15 * levelNoise);
  else if (hte || ladder) level = 700 * Math.exp(0.8 * levelNoise);
  else level = 350 * Math.exp(1.1 * levelNoise);

  const rows: EnterpriseAnnualInput[] = [];
  let revenue = level;
  for (let year = firstYear; year <= lastYear; year++) {
    if (year > firstYear) {
      const growth = crossingYear !== null && year <= crossingYear ? crossingGrowth : trend;
      revenue *= 1 + growth + rng.normal(0, 0.06);
    }
    const capDraw = rng.range(0.85, 0.99);
    const floorDraw = rng.range(1.02, 1.3);
    revenue = Math.max(revenue, 5);
    const aboveNextYear = aboveSize !== undefined && year >= aboveSize.since - 1;
    if (aboveNextYear) revenue = Math.max(revenue, ABOVE_SIZE_REVENUE * floorDraw);
    else if (revenue >= ABOVE_SIZE_REVENUE) revenue = (ABOVE_SIZE_REVENUE - 10) * capDraw;
    if (holdsAt(srdi, year)) revenue = Math.max(revenue, 1000 * floorDraw);
    if (holdsAt(giant, year)) revenue = Math.max(revenue, 5000 * floorDraw);
    const revenueFen = Math.round(revenue * 100);
    revenue = revenueFen / 100;

    const validHte = holdsAt(hte, year);
    const threshold = revenue <= 5000 ? 0.05 : revenue <= 20000 ? 0.04 : 0.03;
    let rdRatio = hte ? threshold * (weak ? rng.range(0.6, 0.95) : rng.range(1.1, 2)) : rng.range(0.005, 0.05);
    if (holdsAt(giant, year) && revenue < 10_000) rdRatio = Math.max(rdRatio, 0.062);
    let rdFen = Math.round(revenueFen * rdRatio);
    if (holdsAt(srdi, year) && !weak) rdFen = Math.max(rdFen, Math.round(Math.max(100, 0.03 * revenue) * 105));
    const rdDomesticFen = Math.min(rdFen, Math.round(rdFen * rng.range(0.82, 1)));

    const staff = Math.max(3, Math.round((revenue / revenuePerHead) * (1 + rng.normal(0, 0.04))));
    const rdStaff = Math.floor(staff * clamp(rdStaffShare + rng.normal(0, 0.02), 0, 0.9));
    let stStaff = Math.min(staff, rdStaff + Math.floor(staff * stExtraShare));
    if (validHte && !weak) stStaff = Math.max(stStaff, Math.ceil(0.1 * staff));

    const assetsFen = Math.round(revenueFen * assetTurn * (1 + rng.normal(0, 0.05)));
    const liabilitiesFen = Math.min(assetsFen, Math.round(assetsFen * clamp(debtRatio + rng.normal(0, 0.03), 0.05, 0.95)));
    const profitFen = Math.round(revenueFen * clamp(margin + rng.normal(0, 0.03), -0.4, 0.35));
    const mainFen = Math.min(revenueFen, Math.round(revenueFen * clamp(mainShare + rng.normal(0, 0.02), giant ? 0.9 : 0.6, 1)));
    const highTechShare = validHte ? (weak ? rng.range(0.45, 0.6) : rng.range(0.62, 0.95)) : rng.range(0.3, 0.7);
    const highTechFen = hte && year >= hte.since - 1 ? Math.min(revenueFen, Math.round(revenueFen * highTechShare)) : null;
    ipClass1 += rng.int(0, hte ? 3 : 1);
    ipClass2 += rng.int(0, 4);
    const equity = rng.chance(equityChance) ? Math.round(rng.lognormal(800, 1) * 100) / 100 : 0;
    const share = clamp(nicheShare + rng.normal(0, 0.5), giant ? 10 : 0.1, 60);

    const row: EnterpriseAnnualInput = {
      creditCode: input.creditCode,
      year,
      revenue,
      mainBusinessRevenue: mainFen / 100,
      rdExpense: rdFen / 100,
      rdExpenseDomestic: rdDomesticFen / 100,
      staff,
      rdStaff,
      stStaff,
      totalAssets: assetsFen / 100,
      totalLiabilities: liabilitiesFen / 100,
      netAssets: (assetsFen - liabilitiesFen) / 100,
      netProfit: profitFen / 100,
      highTechRevenue: highTechFen === null ? null : highTechFen / 100,
      ipClass1,
      ipClass2,
      equityFinancing: equity,
      nicheYears: Math.max(0, year - input.nicheStartYear),
      nicheMarketSharePct: nicheReported ? Math.round(share * 100) / 100 : null,
      strategicEmerging: input.strategicEmerging,
    };
    blankMissing(row, rng);
    rows.push(row);
  }
  return rows;
}

/** About one row in 25 misses one or two groups of fields, as real submissions do. */
function blankMissing(row: EnterpriseAnnualInput, rng: Random): void {
  const missing = rng.chance(0.04);
  const first = rng.pick(missingGroups);
  const second = rng.chance(0.3) ? rng.pick(missingGroups) : null;
  if (!missing) return;
  for (const group of second ? [first, second] : [first]) {
    if (group === 'rd') row.rdExpense = row.rdExpenseDomestic = null;
    if (group === 'staff') row.rdStaff = row.stStaff = null;
    if (group === 'balance') row.totalAssets = row.totalLiabilities = row.netAssets = null;
    if (group === 'profit') row.netProfit = null;
    if (group === 'ip') row.ipClass1 = row.ipClass2 = null;
    if (group === 'niche') row.nicheYears = row.nicheMarketSharePct = null;
    if (group === 'main') row.mainBusinessRevenue = null;
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
