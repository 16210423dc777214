/** Enterprise rows: the registry entry, keyed by the credit code. */
import type { EnterpriseInput, SizeClass } from '../../records/enterprise.ts';
import type { ClusterRef, ParkRef, RegionRef, SegmentRef } from '../import-context.ts';
import type { KindRows } from './kind-rows.ts';
import { placeOfRow } from './place-of-row.ts';

export const enterpriseRows: KindRows<EnterpriseInput> = {
  build(r, context) {
    const creditCode = r.get<string>('credit_code');
    const name = r.get<string>('name');
    const region = r.get<RegionRef>('region');
    const park = r.get<ParkRef>('park');
    const clusters = r.get<ClusterRef[]>('clusters') ?? [];
    const segments = r.get<SegmentRef[]>('segments') ?? [];
    const foundedOn = r.get<string>('founded_on');
    const sizeClass = r.get<SizeClass>('size_class');
    const listed = r.get<boolean>('listed') ?? false;
    const regionCode = placeOfRow(r, context, region, park);
    const clusterIds = clusters.map((c) => c.id);
    const strays = clusters.length === 0 ? [] : segments.filter((s) => !clusterIds.includes(s.clusterId));
    if (strays.length > 0) {
      r.rowIssue(
        ['segments', 'clusters'],
        'segment_outside_clusters',
        {
          zh: `“${r.header('segments')}”中的${strays.map((s) => `“${s.name.zh}”`).join('、')}不属于“${r.header('clusters')}”所列的产业集群`,
          en: `${strays.map((s) => s.name.en).join(', ')} in ${r.header('segments')} belong to no cluster listed in ${r.header('clusters')}`,
        },
        'warning',
      );
    }
    if (r.failed || creditCode === null || name === null || regionCode === null) return null;
    return { creditCode, name, regionCode, parkId: park?.id ?? null, clusters: clusterIds, segments: segments.map((s) => s.id), foundedOn, sizeClass, listed };
  },
  key: (e) => e.creditCode,
};
