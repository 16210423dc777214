import { describe, expect, it } from 'vitest';
import type { EvaluatedIndicator, FullEvaluation } from '../../api/types.ts';
import { latestSumCheck, regionalRows } from './regional-model.ts';

const row = (id: string, region: string, value: number | null) => ({ id, region, latest: value === null ? null : { year: 2028, value } }) as EvaluatedIndicator;

describe('the regional breakdown', () => {
  it('keeps the indicator’s rows, largest first, regions without a value last', () => {
    const rows = regionalRows({ regional: [row('a', '460200', 5), row('b', '460100', 50), row('a', '460100', 9), row('a', '460300', null)] }, 'a');
    expect(rows.map((r) => r.region)).toEqual(['460100', '460200', '460300']);
  });
  it('takes the latest sum check up to the evaluation year', () => {
    const check = (year: number) => ({ indicatorId: 'a', year, province: 1, regionsSum: 1, regionsReported: 19, differencePct: 0, mismatch: false });
    const evaluation = { year: 2027, regionalSums: [check(2025), check(2027), check(2028)] } as unknown as FullEvaluation;
    expect(latestSumCheck(evaluation, 'a')?.year).toBe(2027);
    expect(latestSumCheck(evaluation, 'b')).toBeNull();
  });
});
