/**
 * The observation requests of the data page, and the one rule after every write: the
 * observations, the calendar and the evaluation are refetched, so the cockpit and the
 * indicator pages show an approval at once.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { apiGet, apiSend } from '../../api/client.ts';
import type { HistoryEntry, Items, Observation, ObservationPage } from '../../api/types.ts';
import type { WorkflowAction } from '../../../../src/records/observation-workflow.ts';

export interface ObservationQuery {
  indicator?: string | undefined;
  region?: string | undefined;
  park?: string | undefined;
  period?: string | undefined;
  status?: Observation['status'] | undefined;
  kind?: 'actual' | 'target' | undefined;
  enteredBy?: string | undefined;
}

/** The API's largest page. */
const PAGE_SIZE = 500;
/** A safety stop: 20 pages of 500 is more than any one view needs. */
const MAX_PAGES = 20;

/** Every observation matching the filters, page after page. */
export async function fetchAllObservations(query: ObservationQuery): Promise<Observation[]> {
  const items: Observation[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const result = await apiGet<ObservationPage>('/api/observations', { ...query, page, pageSize: PAGE_SIZE });
    items.push(...result.items);
    if (result.items.length < PAGE_SIZE || items.length >= result.total) break;
  }
  return items;
}

export function useObservations(query: ObservationQuery, enabled = true) {
  return useQuery({ queryKey: ['observations', 'all', query], queryFn: () => fetchAllObservations(query), enabled });
}

export function useObservationHistory(id: number | null) {
  return useQuery({
    queryKey: ['observations', 'history', id],
    queryFn: async () => (await apiGet<Items<HistoryEntry>>(`/api/observations/${id}/history`)).items,
    enabled: id !== null,
  });
}

/** Refetches what a write changes: observations (lists, history), the calendar, the evaluation. */
export function useAfterWrite(): () => Promise<void> {
  const client = useQueryClient();
  return useCallback(async () => {
    await Promise.all([
      client.invalidateQueries({ queryKey: ['observations'] }),
      client.invalidateQueries({ queryKey: ['calendar'] }),
      client.invalidateQueries({ queryKey: ['evaluation'] }),
    ]);
  }, [client]);
}

export interface NewObservation {
  indicatorId: string;
  regionCode: string;
  parkId: string | null;
  period: string;
  kind: 'actual' | 'target';
  value: number;
  note: string | null;
}

export const createObservation = (body: NewObservation) => apiSend<Observation>('POST', '/api/observations', body);

export const updateObservation = (id: number, body: { value?: number; note?: string | null }) => apiSend<Observation>('PATCH', `/api/observations/${id}`, body);

export const stepObservation = (id: number, action: WorkflowAction, reason?: string) =>
  apiSend<Observation>('POST', `/api/observations/${id}/${action}`, reason === undefined ? undefined : { reason });
