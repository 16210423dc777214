/**
 * The enterprise views' state in the URL: the tab, the table's search, filters and page, the
 * funnel's year, breakdown and the list opened from a count — so a colleague opening the link
 * sees the same page.
 */
import { certificationKinds, type CertificationKindId } from '../../../../src/records/certification.ts';
import { tierIds, type TierId } from '../../../../src/cultivation/tiers.ts';
import type { Breakdown } from './funnel-data.ts';

export const enterpriseTabs = ['table', 'funnel', 'policies'] as const;
export type EnterpriseTab = (typeof enterpriseTabs)[number];

export const memberCategories = ['candidate', 'near-miss', 'incomplete', 'certified'] as const;
export type MemberCategory = (typeof memberCategories)[number];

export interface TableState {
  q?: string | undefined;
  region?: string | undefined;
  park?: string | undefined;
  cluster?: string | undefined;
  tier?: CertificationKindId | undefined;
  page: number;
  pageSize: number;
}

export interface FunnelState {
  year?: number | undefined;
  by: Breakdown;
  /** The tier whose breakdown and lists are shown. */
  tier: TierId;
  category: MemberCategory;
  /** A region code or cluster id the list is narrowed to. */
  area?: string | undefined;
  page: number;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined => (values as readonly string[]).includes(value ?? '') ? (value as T) : undefined;
const positive = (value: string | null, fallback: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};
const PAGE_SIZES = [20, 50, 100];

export function tabOf(params: URLSearchParams): EnterpriseTab {
  return oneOf(enterpriseTabs, params.get('tab')) ?? 'table';
}

export function tableStateOf(params: URLSearchParams): TableState {
  const size = positive(params.get('pageSize'), 20);
  return {
    q: params.get('q') || undefined,
    region: params.get('region') || undefined,
    park: params.get('park') || undefined,
    cluster: params.get('cluster') || undefined,
    tier: oneOf(certificationKinds, params.get('tier')),
    page: positive(params.get('page'), 1),
    pageSize: PAGE_SIZES.includes(size) ? size : 20,
  };
}

export function funnelStateOf(params: URLSearchParams): FunnelState {
  const year = Number(params.get('year'));
  return {
    year: Number.isInteger(year) && year >= 1000 && year <= 9999 ? year : undefined,
    by: params.get('by') === 'cluster' ? 'cluster' : 'region',
    tier: oneOf(tierIds, params.get('ftier')) ?? 'srdi-sme',
    category: oneOf(memberCategories, params.get('list')) ?? 'candidate',
    area: params.get('area') || undefined,
    page: positive(params.get('lpage'), 1),
  };
}

/** Writes one tab's state; the other tabs' parameters are dropped (each tab starts clean). */
export function paramsOf(tab: EnterpriseTab, state: Partial<TableState> | Partial<FunnelState> = {}): URLSearchParams {
  const p = new URLSearchParams();
  if (tab !== 'table') p.set('tab', tab);
  const set = (key: string, value: string | number | undefined, skip?: string | number) => {
    if (value !== undefined && value !== '' && value !== skip) p.set(key, String(value));
  };
  if (tab === 'table') {
    const s = state as Partial<TableState>;
    set('q', s.q);
    set('region', s.region);
    set('park', s.park);
    set('cluster', s.cluster);
    set('tier', s.tier);
    set('page', s.page, 1);
    set('pageSize', s.pageSize, 20);
  } else if (tab === 'funnel') {
    const s = state as Partial<FunnelState>;
    set('year', s.year);
    set('by', s.by, 'region');
    set('ftier', s.tier, 'srdi-sme');
    set('list', s.category, 'candidate');
    set('area', s.area);
    set('lpage', s.page, 1);
  } else {
    set('year', (state as Partial<FunnelState>).year);
  }
  return p;
}

/** The API query of the table. */
export function searchQueryOf(s: TableState, at?: string): Record<string, string | number | undefined> {
  return { q: s.q?.trim() || undefined, region: s.region, park: s.park, cluster: s.cluster, tier: s.tier, page: s.page, pageSize: s.pageSize, at };
}
