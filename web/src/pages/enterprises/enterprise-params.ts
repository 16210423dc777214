/**
 * The enterprise views' state in the URL: the tab, the table's search, filters and page, the
 * funnel's year, breakdown and the list opened from a count — so a colleague opening the link
 * sees the same page.
 */
import { certificationKinds, type CertificationKindId } from '../../../../src/records/certification.ts';
import { tierIds, type TierId } from '../../../../src/cultivation/tiers.ts';
import { oneOf, positiveInt, setParam } from '../../app/search-params.ts';
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

const PAGE_SIZES = [20, 50, 100];

export function tabOf(params: URLSearchParams): EnterpriseTab {
  return oneOf(enterpriseTabs, params.get('tab')) ?? 'table';
}

export function tableStateOf(params: URLSearchParams): TableState {
  const size = positiveInt(params.get('pageSize')) ?? 20;
  return {
    q: params.get('q') || undefined,
    region: params.get('region') || undefined,
    park: params.get('park') || undefined,
    cluster: params.get('cluster') || undefined,
    tier: oneOf(certificationKinds, params.get('tier')),
    page: positiveInt(params.get('page')) ?? 1,
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
    page: positiveInt(params.get('lpage')) ?? 1,
  };
}

/** Writes one tab's state; the other tabs' parameters are dropped (each tab starts clean). */
export function paramsOf(tab: EnterpriseTab, state: Partial<TableState> | Partial<FunnelState> = {}): URLSearchParams {
  const p = new URLSearchParams();
  if (tab !== 'table') p.set('tab', tab);
  if (tab === 'table') {
    const s = state as Partial<TableState>;
    setParam(p, 'q', s.q);
    setParam(p, 'region', s.region);
    setParam(p, 'park', s.park);
    setParam(p, 'cluster', s.cluster);
    setParam(p, 'tier', s.tier);
    setParam(p, 'page', s.page, 1);
    setParam(p, 'pageSize', s.pageSize, 20);
  } else if (tab === 'funnel') {
    const s = state as Partial<FunnelState>;
    setParam(p, 'year', s.year);
    setParam(p, 'by', s.by, 'region');
    setParam(p, 'ftier', s.tier, 'srdi-sme');
    setParam(p, 'list', s.category, 'candidate');
    setParam(p, 'area', s.area);
    setParam(p, 'lpage', s.page, 1);
  } else {
    setParam(p, 'year', (state as Partial<FunnelState>).year);
  }
  return p;
}

/** The API query of the table. */
export function searchQueryOf(s: TableState, at?: string): Record<string, string | number | undefined> {
  return { q: s.q?.trim() || undefined, region: s.region, park: s.park, cluster: s.cluster, tier: s.tier, page: s.page, pageSize: s.pageSize, at };
}
