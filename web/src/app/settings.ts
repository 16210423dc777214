/**
 * What the web app needs to know before anyone logs in: whether the public portal is on,
 * whether demo data is shown, the plan and its period, uploaded boundaries.
 */
import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../api/client.ts';
import type { SettingsDocument } from '../api/types.ts';

/** As the API's schema says (src/server/schemas/settings-schemas.ts). */
export type AppSettings = SettingsDocument;

export const useSettings = () => useQuery({ queryKey: ['settings'], queryFn: () => apiGet<AppSettings>('/api/settings'), staleTime: 60_000 });

/** The year pages evaluate by default: the last year with data, else the plan's base year. */
export function useDefaultYear(): number | undefined {
  const settings = useSettings().data;
  if (!settings) return undefined;
  return settings.dataYears?.last ?? settings.plan.baseYear;
}
