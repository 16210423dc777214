/**
 * The map itself: the frame (and the uploaded outlines) registered with ECharts under a name
 * of their own, then the option. A click on a region opens its page.
 */
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { EChart } from '../../components/EChart.tsx';
import type { MapLayout, PoleLine, RegionValue } from './map-data.ts';
import { frameFeature, mapOption, type GeoFeature, type MapWords } from './map-option.ts';
import { echarts, registerMapCharts } from '../../components/echarts-extras.ts';

registerMapCharts(); // outlines, pole lines and the colour scale

interface Props {
  layout: MapLayout;
  outlines: GeoFeature[] | null;
  /** Changes when the outlines change (their upload time), so a new upload is registered anew. */
  outlinesKey: string;
  values: RegionValue[];
  lines: PoleLine[];
  poleIds: string[];
  words: MapWords;
  label: string;
  height?: number;
}

export function RegionMap({ layout, outlines, outlinesKey, values, lines, poleIds, words, label, height = 640 }: Props) {
  const navigate = useNavigate();
  const frame = layout.frame;
  const mapName = useMemo(() => {
    const name = outlines ? `plansight-outlines-${outlinesKey}` : `plansight-frame-${frame.west}-${frame.south}-${frame.east}-${frame.north}`;
    // Registering is idempotent for a name; the frame rectangle first, so it fixes the extent.
    echarts.registerMap(name, { type: 'FeatureCollection', features: [frameFeature(frame), ...(outlines ?? [])] } as unknown as Parameters<typeof echarts.registerMap>[1]);
    return name;
  }, [frame, outlines, outlinesKey]);
  const option = useMemo(() => mapOption({ mapName, layout, values, lines, poleIds, outlines: outlines !== null }, words), [mapName, layout, values, lines, poleIds, outlines, words]);
  const onEvents = useMemo(
    () => ({
      click: (params: unknown) => {
        const code = (params as { data?: { code?: string } }).data?.code;
        if (code) void navigate(`/map/regions/${code}`);
      },
    }),
    [navigate],
  );
  return <EChart testId="region-map" label={label} option={option} height={height} onEvents={onEvents} />;
}
