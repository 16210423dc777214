/** The uploaded region outlines, fetched only when the settings say there are some. */
import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../api/client.ts';
import type { BoundaryCollection } from '../../api/types.ts';
import type { AppSettings } from '../../app/settings.ts';

export const useBoundaries = (settings: AppSettings | undefined) =>
  useQuery({
    // The upload time in the key: a new upload is fetched anew, the same one comes from the cache.
    queryKey: ['boundaries', settings?.boundaries?.uploadedAt ?? null],
    queryFn: () => apiGet<BoundaryCollection>('/api/boundaries'),
    enabled: Boolean(settings?.boundaries),
    staleTime: 10 * 60_000,
  });
