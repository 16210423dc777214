/**
 * The uploaded outlines drawn on a small map, so the administrator sees at once whether the
 * file is the right one (Hainan, not a neighbour; no outline far off). The collection is
 * registered with ECharts under a name tied to the upload, with each region's name in the
 * page's language (ECharts reads `properties.name` as a string).
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiGet } from '../../api/client.ts';
import type { BoundaryCollection } from '../../api/types.ts';
import { EChart } from '../../components/EChart.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { adminNs } from './messages.ts';
import { echarts, registerMapCharts } from '../../components/echarts-extras.ts';

registerMapCharts(); // the uploaded outlines

export function BoundaryPreview({ uploadedAt }: { uploadedAt: string }) {
  const { t } = useTranslation(adminNs);
  const { lang, text } = useLang();
  const boundaries = useQuery({ queryKey: ['boundaries', uploadedAt], queryFn: () => apiGet<BoundaryCollection>('/api/boundaries'), staleTime: Infinity });

  return (
    <QueryState query={boundaries}>
      {(collection) => {
        const mapName = `plansight-admin-preview-${lang}-${uploadedAt}`;
        if (!echarts.getMap(mapName)) {
          const named = { ...collection, features: collection.features.map((f) => ({ ...f, properties: { ...f.properties, name: text(f.properties.name) } })) };
          echarts.registerMap(mapName, named as unknown as Parameters<typeof echarts.registerMap>[1]);
        }
        return (
          <EChart
            label={t('previewLabel')}
            height={300}
            testId="boundary-preview"
            option={{
              tooltip: { trigger: 'item', formatter: '{b}' },
              series: [
                {
                  type: 'map',
                  map: mapName,
                  roam: true,
                  label: { show: true, fontSize: 10 },
                  itemStyle: { areaColor: '#e6f4ff', borderColor: '#1677ff' },
                  emphasis: { itemStyle: { areaColor: '#91caff' } },
                  data: collection.features.map((f) => ({ name: text(f.properties.name), value: 1 })),
                },
              ],
            }}
          />
        );
      }}
    </QueryState>
  );
}
