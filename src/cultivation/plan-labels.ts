/** Names of a plan's clusters, segments, regions and parks, for explanations that show those ids (FactCatalogue.withValueLabels). */
import type { Plan } from '../plan/derive.ts';
import type { Text } from '../plan/schema.ts';

export function planLabels(plan: Plan): Map<string, Text> {
  const labels = new Map<string, Text>();
  for (const cluster of plan.clusters) {
    labels.set(cluster.id, cluster.name);
    for (const segment of cluster.segments) labels.set(segment.id, segment.name);
  }
  for (const region of plan.regions) labels.set(region.code, region.name);
  for (const park of plan.parks) labels.set(park.id, park.name);
  labels.set(plan.province.code, plan.province.name);
  return labels;
}
