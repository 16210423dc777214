/**
 * Where a key project is: its regions, else the regions of its parks (many projects name only
 * a park). Shared by the cluster page (a project's place) and the map (a region's projects).
 */
import type { PlanPark } from './types.ts';

export function projectRegions(project: { regions: readonly string[]; parks: readonly string[] }, parks: readonly Pick<PlanPark, 'id' | 'region' | 'regions'>[]): string[] {
  if (project.regions.length > 0) return [...project.regions];
  const out = new Set<string>();
  for (const id of project.parks) {
    const park = parks.find((p) => p.id === id);
    if (!park) continue;
    if (park.region) out.add(park.region);
    for (const code of park.regions) out.add(code);
  }
  return [...out];
}

/** The parks lying in a region (wholly, or among several regions). */
export function parksIn<P extends Pick<PlanPark, 'region' | 'regions'>>(code: string, parks: readonly P[]): P[] {
  return parks.filter((p) => p.region === code || p.regions.includes(code));
}
