/**
 * What the demo can be asked for, and the facts it anchors on. The defaults are the Hainan
 * plan's own figures (第一章第一节: 全省有效期内高新技术企业最高达1552家；累计培育国家级
 * 专精特新“小巨人”企业17家，专精特新中小企业600家，创新型中小企业1329家；培育国家制造业
 * “单项冠军”1家) and domain-facts §4 (GDP 2025 ≈ 8108.85 亿元, unverified). For another plan
 * they still apply unless the plan states its own baseline or the caller passes others.
 */
import type { Plan } from '../plan/derive.ts';

/**
 * Tier counts at the end of the base year for a registry of `referenceEnterprises`
 * enterprises. With another number of enterprises every count scales by
 * enterprises / referenceEnterprises, so a million-enterprise benchmark keeps the shares.
 */
export interface CertificationTargets {
  /** High-tech enterprises with a valid certificate on 31 December of the base year. */
  hteValid: number;
  /** Innovative SMEs ever certified up to the base year (累计). */
  innovativeSmeCumulative: number;
  /** SRDI SMEs ever certified up to the base year (累计). */
  srdiSmeCumulative: number;
  /** Little giants ever certified up to the base year (累计). */
  littleGiantCumulative: number;
  /** Single-product champions ever certified up to the base year. */
  singleChampionCumulative: number;
  /**
   * Enterprises above designated size (规上) at the end of the base year. Not a plan figure:
   * chosen so that about 400 of them hold a valid HTE certificate (the plan's 规上高新技术企业,
   * whose base-year value it does not state, aims at 600 by 2030).
   */
  aboveSize: number;
}

export interface DemoOptions {
  seed: number;
  enterprises: number;
  /** Last year with data (default: base year + 3, i.e. 2028 for Hainan; at most the target year). */
  lastYear: number;
  /** First year of enterprise annual data (default: base year − 2, i.e. 2023). */
  firstEnterpriseYear: number;
  /** The registry size the certification targets describe. */
  referenceEnterprises: number;
  certificationTargets: CertificationTargets;
  /**
   * Base-year values for series the plan does not state, by series id. For a ratio indicator
   * the value is the ratio (e.g. 15 for 15 % of GDP); its numerator is derived from it.
   */
  seriesBaselines: Record<string, number>;
}

export const DEFAULT_SEED = 2026;
export const DEFAULT_ENTERPRISES = 3000;

export const hainanCertificationTargets: CertificationTargets = {
  hteValid: 1552,
  innovativeSmeCumulative: 1329,
  srdiSmeCumulative: 600,
  littleGiantCumulative: 17,
  singleChampionCumulative: 1,
  aboveSize: 470,
};

/** GDP from domain-facts §4 (third-party copy, unverified); the two shares are plausible guesses, not facts. */
export const hainanSeriesBaselines: Record<string, number> = {
  gdp: 8108.85,
  'hitech-value-added-share': 15,
  'rd-expenditure-share': 1.5,
};

export type DemoOptionsInput = Partial<Omit<DemoOptions, 'certificationTargets'>> & {
  certificationTargets?: Partial<CertificationTargets>;
};

/** Fills in defaults (plan-stated baselines win over the Hainan defaults) and checks the values. */
export function resolveDemoOptions(plan: Plan, input: DemoOptionsInput = {}): DemoOptions {
  const options: DemoOptions = {
    seed: input.seed ?? DEFAULT_SEED,
    enterprises: input.enterprises ?? DEFAULT_ENTERPRISES,
    lastYear: input.lastYear ?? Math.min(plan.baseYear + 3, plan.targetYear),
    firstEnterpriseYear: input.firstEnterpriseYear ?? plan.baseYear - 2,
    referenceEnterprises: input.referenceEnterprises ?? DEFAULT_ENTERPRISES,
    certificationTargets: { ...hainanCertificationTargets, ...statedTargets(plan), ...input.certificationTargets },
    seriesBaselines: { ...hainanSeriesBaselines, ...input.seriesBaselines },
  };
  check(Number.isSafeInteger(options.seed), `seed must be a whole number, got ${options.seed}`);
  check(Number.isInteger(options.enterprises) && options.enterprises >= 0 && options.enterprises <= 100_000_000, `enterprises must be a whole number from 0 to 100000000, got ${options.enterprises}`);
  check(Number.isInteger(options.referenceEnterprises) && options.referenceEnterprises > 0, `referenceEnterprises must be a positive whole number, got ${options.referenceEnterprises}`);
  check(
    Number.isInteger(options.lastYear) && options.lastYear > plan.baseYear && options.lastYear <= plan.targetYear,
    `lastYear must lie after the base year ${plan.baseYear} and no later than the target year ${plan.targetYear}, got ${options.lastYear}`,
  );
  check(
    Number.isInteger(options.firstEnterpriseYear) && options.firstEnterpriseYear <= plan.baseYear && options.firstEnterpriseYear > plan.baseYear - 20,
    `firstEnterpriseYear must be a year up to the base year ${plan.baseYear}, got ${options.firstEnterpriseYear}`,
  );
  for (const [key, value] of Object.entries(options.certificationTargets)) {
    check(Number.isInteger(value) && value >= 0, `certificationTargets.${key} must be a whole number ≥ 0, got ${value}`);
  }
  return options;
}

/** Base-year counts the plan itself states for enterprise-count indicators (e.g. 600 SRDI SMEs). */
function statedTargets(plan: Plan): Partial<CertificationTargets> {
  const stated: Partial<CertificationTargets> = {};
  for (const indicator of plan.indicators) {
    const m = indicator.measurement;
    const b = indicator.baseline;
    if (m.kind !== 'enterprise_count' || m.aboveSizeOnly || !b || b.derived || b.year !== plan.baseYear) continue;
    if (m.certification === 'hte' && !m.cumulative) stated.hteValid = b.value;
    if (!m.cumulative) continue;
    if (m.certification === 'innovative-sme') stated.innovativeSmeCumulative = b.value;
    if (m.certification === 'srdi-sme') stated.srdiSmeCumulative = b.value;
    if (m.certification === 'little-giant') stated.littleGiantCumulative = b.value;
    if (m.certification === 'single-champion') stated.singleChampionCumulative = b.value;
  }
  return stated;
}

function check(ok: boolean, message: string): void {
  if (!ok) throw new RangeError(`demo options: ${message}`);
}
