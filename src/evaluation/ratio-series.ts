/**
 * The values of one indicator in one region. A ratio indicator (a share of GDP, …) without
 * its own observation in a year takes numerator ÷ denominator × scale from the statistics
 * observed that year; an observed value of the indicator itself always wins, because the
 * statistics office may compute it on a basis the two published totals do not show.
 * Enterprise-count indicators are read from observations for now.
 */
import type { ResolvedIndicator } from '../plan/derive.ts';
import type { EvaluationFinding } from './finding.ts';
import type { ObservationTable, SeriesPoint } from './observation.ts';

export interface IndicatorSeries {
  points: SeriesPoint[];
  findings: EvaluationFinding[];
}

export function indicatorSeries(indicator: ResolvedIndicator, region: string, table: ObservationTable): IndicatorSeries {
  const own = table.series(indicator.id, region);
  const measurement = indicator.measurement;
  if (measurement.kind !== 'ratio') return { points: own, findings: [] };

  const byYear = new Map(own.map((p) => [p.year, p]));
  const findings: EvaluationFinding[] = [];
  for (const numerator of table.series(measurement.numerator, region)) {
    if (byYear.has(numerator.year)) continue;
    const denominator = table.value(measurement.denominator, region, numerator.year);
    if (denominator === undefined) continue;
    if (denominator === 0) {
      findings.push({
        code: 'ratio_denominator_zero',
        indicatorId: indicator.id,
        region,
        year: numerator.year,
        message: {
          zh: `${numerator.year}年${measurement.denominator}为0，无法计算${indicator.name.zh}`,
          en: `${measurement.denominator} is 0 in ${numerator.year}, so ${indicator.name.en} cannot be computed`,
        },
      });
      continue;
    }
    const pending = numerator.pending === true || table.isPending(measurement.denominator, region, numerator.year);
    byYear.set(numerator.year, {
      year: numerator.year,
      value: (numerator.value / denominator) * measurement.scale,
      origin: 'computed',
      ...(pending ? { pending: true } : {}),
    });
  }
  return { points: [...byYear.values()].sort((a, b) => a.year - b.year), findings };
}
