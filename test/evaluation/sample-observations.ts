/** Made-up observations for the sample city plan (xinghe-city-2026-2028, province code 990000). */
import type { Observation, ObservationKind } from '../../src/evaluation/observation.ts';

export function series(indicatorId: string, values: Record<number, number>, region = '990000', kind: ObservationKind = 'actual'): Observation[] {
  return Object.entries(values).map(([year, value]) => ({ indicatorId, region, year: Number(year), value, kind }));
}

export const sampleCityObservations: Observation[] = [
  // Province
  ...series('digital-revenue', { 2025: 210, 2026: 240, 2027: 262 }),
  ...series('energy-intensity', { 2026: 0.58 }),
  ...series('rd-spend', { 2025: 20, 2026: 23 }),
  ...series('gdp', { 2025: 1000, 2026: 1050 }),
  ...series('electronics-revenue', { 2025: 120, 2026: 140 }),
  ...series('green-materials-revenue', { 2025: 80, 2026: 84 }),
  // Regions: 2025 adds up to the province's 210, 2026 (222 against 240) does not.
  ...series('digital-revenue', { 2025: 160, 2026: 170 }, '990101'),
  ...series('digital-revenue', { 2025: 50, 2026: 52 }, '990102'),
  ...series('energy-intensity', { 2025: 0.6, 2026: 0.55 }, '990101'),
];
