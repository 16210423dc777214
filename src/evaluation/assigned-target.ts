/**
 * Assigned targets (完成下达目标): the central government sets the target year by year, so
 * there is no 2030 value to grow towards. Each year's assigned value is entered as an
 * observation of kind `assigned` beside the actual one, and each year is met or not met.
 */
import type { SeriesPoint } from './observation.ts';
import type { AssignedStatus } from './statuses.ts';
import type { Direction } from './target-reached.ts';

export interface AssignedYear {
  year: number;
  assigned: number | null;
  actual: number | null;
  /** no_data when either value is missing that year. */
  status: AssignedStatus;
}

export interface AssignedAssessment {
  years: AssignedYear[];
  /** The latest year with both values. */
  latest: AssignedYear | null;
  met: number;
  notMet: number;
}

export function assessAssigned(
  actual: readonly SeriesPoint[],
  assigned: readonly SeriesPoint[],
  direction: Direction,
  fromYear: number,
  untilYear: number,
): AssignedAssessment {
  const actualByYear = new Map(actual.map((p) => [p.year, p.value]));
  const assignedByYear = new Map(assigned.map((p) => [p.year, p.value]));
  const years = [...new Set([...actualByYear.keys(), ...assignedByYear.keys()])]
    .filter((year) => year >= fromYear && year <= untilYear)
    .sort((a, b) => a - b)
    .map((year): AssignedYear => {
      const a = actualByYear.get(year) ?? null;
      const target = assignedByYear.get(year) ?? null;
      const status: AssignedStatus =
        a === null || target === null ? 'no_data' : (direction === 'increase' ? a >= target : a <= target) ? 'met' : 'not_met';
      return { year, assigned: target, actual: a, status };
    });
  const judged = years.filter((y) => y.status !== 'no_data');
  return {
    years,
    latest: judged.at(-1) ?? null,
    met: judged.filter((y) => y.status === 'met').length,
    notMet: judged.filter((y) => y.status === 'not_met').length,
  };
}
