/**
 * The scenario as the server computes it. The defaults (an empty body) give the sliders
 * their starting values; the current assumptions are sent ~300 ms after the last change, so
 * dragging a slider does not send a request per pixel, and the previous answer stays on
 * screen until the new one arrives.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { apiSend } from '../../api/client.ts';
import type { ScenarioBody, ScenarioResult } from '../../api/types.ts';

export const SCENARIO_DEBOUNCE_MS = 300;

function runScenario(body: ScenarioBody): Promise<ScenarioResult> {
  return apiSend<ScenarioResult>('POST', '/api/scenario', body);
}

/** The value, once it has stopped changing for `ms`. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** One cache entry per body: going back to earlier assumptions answers at once. */
export function useScenarioResult(body: ScenarioBody, options: { keepPrevious?: boolean } = {}) {
  return useQuery({
    queryKey: ['scenario', body],
    queryFn: () => runScenario(body),
    ...(options.keepPrevious ? { placeholderData: keepPreviousData } : {}),
  });
}
