/**
 * For additive measures (revenue, counts), the regions' figures should add up to the
 * province's. A gap over 1 % is flagged: either regions are missing or the figures were
 * compiled on different bases — both things a reader must know before comparing them.
 */
import type { Plan } from '../plan/derive.ts';
import type { Text } from '../plan/schema.ts';
import type { EvaluationFinding } from './finding.ts';
import { formatNumber } from './format-value.ts';
import type { ObservationTable } from './observation.ts';

export const REGIONAL_SUM_TOLERANCE_PCT = 1;

export interface RegionalSumCheck {
  indicatorId: string;
  year: number;
  province: number;
  regionsSum: number;
  regionsReported: number;
  /** (regions' sum − province) / |province|, %. */
  differencePct: number;
  mismatch: boolean;
}

export function checkRegionalSums(plan: Plan, table: ObservationTable): { checks: RegionalSumCheck[]; findings: EvaluationFinding[] } {
  const additive = new Set(plan.units.filter((u) => u.additive).map((u) => u.id));
  const series: { id: string; name: Text }[] = [
    ...plan.indicators.filter((i) => additive.has(i.unit) && i.measurement.kind !== 'ratio'),
    ...plan.statistics.filter((s) => additive.has(s.unit)),
  ];
  const province = plan.province.code;
  const checks: RegionalSumCheck[] = [];
  const findings: EvaluationFinding[] = [];
  for (const { id, name } of series) {
    const regions = table.regions(id).filter((code) => code !== province);
    if (regions.length === 0) continue;
    for (const point of table.series(id, province)) {
      const values = regions.map((code) => table.value(id, code, point.year)).filter((v): v is number => v !== undefined);
      if (values.length === 0) continue;
      const regionsSum = values.reduce((sum, v) => sum + v, 0);
      const differencePct = point.value === 0 ? (regionsSum === 0 ? 0 : Infinity) : ((regionsSum - point.value) / Math.abs(point.value)) * 100;
      const mismatch = Math.abs(differencePct) > REGIONAL_SUM_TOLERANCE_PCT;
      checks.push({ indicatorId: id, year: point.year, province: point.value, regionsSum, regionsReported: values.length, differencePct, mismatch });
      if (mismatch) {
        const diff = formatNumber(differencePct, 1);
        findings.push({
          code: 'regional_sum_mismatch',
          indicatorId: id,
          year: point.year,
          message: {
            zh: `${point.year}年${name.zh}：${values.length}个市县合计${formatNumber(regionsSum)}，与全省${formatNumber(point.value)}相差${diff}%（超过${REGIONAL_SUM_TOLERANCE_PCT}%）`,
            en: `${name.en}, ${point.year}: the ${values.length} region(s) reported add up to ${formatNumber(regionsSum)}, ${diff}% off the province's ${formatNumber(point.value)} (more than ${REGIONAL_SUM_TOLERANCE_PCT}%)`,
          },
        });
      }
    }
  }
  return { checks, findings };
}
