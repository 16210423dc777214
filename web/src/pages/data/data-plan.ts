/**
 * The plan as the data page needs it: the series with their units and rules, the places
 * (province, regions, parks) and their names — built once from the plan's API answers.
 */
import type { Text } from '../../api/text.ts';
import type { PlanIndicator, PlanPark, PlanRegion, PlanSummary } from '../../api/types.ts';
import { allPlaces, type Place, type PlaceNames } from './places.ts';
import { planSeries, type Series } from './series.ts';

export interface DataPlan {
  id: string;
  baseYear: number;
  targetYear: number;
  province: { code: string; name: Text };
  regions: PlanRegion[];
  parks: PlanPark[];
  series: Series[];
  seriesById: Map<string, Series>;
  places: Place[];
  names: PlaceNames;
  /** The series' name, or its id when the plan no longer has it. */
  seriesName: (id: string) => Text;
}

type SummaryPart = Pick<PlanSummary, 'id' | 'baseYear' | 'targetYear' | 'province' | 'units' | 'statistics'>;

export function buildDataPlan(summary: SummaryPart, indicators: PlanIndicator[], regions: PlanRegion[], parks: PlanPark[]): DataPlan {
  const series = planSeries(indicators, summary);
  const seriesById = new Map(series.map((s) => [s.id, s]));
  const province = summary.province;
  const regionNames = new Map<string, Text>([[province.code, province.name], ...regions.map((r) => [r.code, r.name] as const)]);
  const parkNames = new Map(parks.map((p) => [p.id, p.name]));
  return {
    id: summary.id,
    baseYear: summary.baseYear,
    targetYear: summary.targetYear,
    province,
    regions,
    parks,
    series,
    seriesById,
    places: allPlaces(province.code, regions, parks),
    names: {
      region: (code) => regionNames.get(code) ?? { zh: code, en: code },
      park: (id) => parkNames.get(id) ?? { zh: id, en: id },
    },
    seriesName: (id) => seriesById.get(id)?.name ?? { zh: id, en: id },
  };
}
