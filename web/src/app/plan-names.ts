/**
 * Names of the plan's clusters, segments, regions and parks by id, in the page's language —
 * so tables show 海口市, never 460100. Built from the plan queries every page shares.
 */
import { useMemo } from 'react';
import { usePlanClusters, usePlanParks, usePlanRegions } from '../api/queries.ts';
import type { Text } from '../api/text.ts';
import { useLang } from '../i18n/use-lang.ts';

export interface PlanNames {
  ready: boolean;
  cluster: (id: string | null | undefined) => string;
  segment: (id: string | null | undefined) => string;
  region: (code: string | null | undefined) => string;
  park: (id: string | null | undefined) => string;
  /** Every label (clusters, segments, regions, parks) as `{zh,en}`, for values the API gives as ids. */
  labels: ReadonlyMap<string, Text>;
  /** The park's region, for a link to the region's page. */
  parkRegion: (id: string) => string | null;
  /** The enumeration comma of the language: 海口市、三亚市 / Haikou, Sanya. */
  sep: string;
}

export function usePlanNames(): PlanNames {
  const { text, lang } = useLang();
  const clusters = usePlanClusters();
  const regions = usePlanRegions();
  const parks = usePlanParks();
  return useMemo(() => {
    const cluster = new Map<string, Text>();
    const segment = new Map<string, Text>();
    for (const c of clusters.data ?? []) {
      cluster.set(c.id, c.name);
      for (const s of c.segments) segment.set(s.id, s.name);
    }
    const region = new Map((regions.data ?? []).map((r) => [r.code, r.name] as const));
    const park = new Map((parks.data ?? []).map((p) => [p.id, p.name] as const));
    const parkRegion = new Map((parks.data ?? []).map((p) => [p.id, p.region] as const));
    const look = (map: Map<string, Text>) => (id: string | null | undefined) => (id ? (map.has(id) ? text(map.get(id)) : id) : '');
    return {
      ready: clusters.data !== undefined && regions.data !== undefined && parks.data !== undefined,
      cluster: look(cluster),
      segment: look(segment),
      region: look(region),
      park: look(park),
      labels: new Map([...cluster, ...segment, ...region, ...park]),
      parkRegion: (id: string) => parkRegion.get(id) ?? null,
      sep: lang === 'zh' ? '、' : ', ',
    };
  }, [clusters.data, regions.data, parks.data, text, lang]);
}
