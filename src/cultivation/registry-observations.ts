/**
 * The market-entity indicators (规上高新技术企业, 专精特新累计, 小巨人累计…) computed from the
 * enterprise registry instead of entered: registry counts per region and year become
 * observations for the province (all regions together) and for every region of the plan.
 */
import { DEMO_NOTE } from '../demo/demo-marks.ts';
import type { Observation } from '../evaluation/observation.ts';
import type { Plan } from '../plan/derive.ts';
import { countedIndicators, specKey, type EnterpriseCountSpec } from './enterprise-counts.ts';

/** Enterprises counted by one spec in one region at the end of one year. */
export interface RegistryCount extends EnterpriseCountSpec {
  year: number;
  regionCode: string;
  enterprises: number;
}

export interface RegistryCounts {
  /** The years counted; a year without rows counts zero everywhere. */
  years: number[];
  rows: RegistryCount[];
  /** True when demo enterprises were counted. */
  demo: boolean;
}

export const REGISTRY_NOTE = '【由企业名录计算 counted from the enterprise registry】';

export function registryObservations(plan: Plan, counts: RegistryCounts): Observation[] {
  const note = counts.demo ? `${DEMO_NOTE}${REGISTRY_NOTE}` : REGISTRY_NOTE;
  const byKey = new Map<string, Map<string, number>>();
  for (const row of counts.rows) {
    const key = `${specKey(row)}|${row.year}`;
    let regions = byKey.get(key);
    if (!regions) byKey.set(key, (regions = new Map()));
    regions.set(row.regionCode, (regions.get(row.regionCode) ?? 0) + row.enterprises);
  }
  const observations: Observation[] = [];
  for (const { indicatorId, spec } of countedIndicators(plan)) {
    for (const year of counts.years) {
      const regions = byKey.get(`${specKey(spec)}|${year}`) ?? new Map<string, number>();
      let province = 0;
      for (const n of regions.values()) province += n;
      observations.push({ indicatorId, region: plan.province.code, year, value: province, kind: 'actual', note });
      for (const region of plan.regions) {
        observations.push({ indicatorId, region: region.code, year, value: regions.get(region.code) ?? 0, kind: 'actual', note });
      }
    }
  }
  return observations;
}
