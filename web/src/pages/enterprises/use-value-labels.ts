/**
 * Names for the values an assessment shows as ids — fact levels (from GET
 * /api/cultivation/facts), size classes, and the plan's clusters, segments, regions and parks —
 * so a checklist reads 自建或区县级 and 高端消费品加工, not `own` and `consumer-goods`.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { apiGet } from '../../api/client.ts';
import type { Text } from '../../api/text.ts';
import type { FactCatalogue } from '../../api/types.ts';
import type { PlanNames } from '../../app/plan-names.ts';
import { valueLabels } from './record-labels.ts';

export function useFactCatalogue() {
  return useQuery({ queryKey: ['cultivation', 'facts'], queryFn: () => apiGet<FactCatalogue>('/api/cultivation/facts'), staleTime: 60 * 60_000 });
}

export function useValueLabels(names: PlanNames): ReadonlyMap<string, Text> {
  const facts = useFactCatalogue();
  return useMemo(() => {
    const levels = new Map<string, Text>();
    for (const fact of facts.data?.facts ?? []) for (const level of fact.levels ?? []) levels.set(level.id, level.name);
    return valueLabels(levels, names.labels);
  }, [facts.data, names.labels]);
}
