import { describe, expect, it } from 'vitest';
import { latestObserved } from './evaluation-reading.ts';

describe('the latest observed value', () => {
  it('takes the baseline as the latest value only when nothing later was observed', () => {
    expect(latestObserved({ latest: null, baseline: null })).toBeNull();
    expect(latestObserved({ latest: { year: 2026, value: 2 }, baseline: { year: 2025, value: 1 } })).toEqual({ year: 2026, value: 2, baseline: false });
    expect(latestObserved({ latest: null, baseline: { year: 2025, value: 1 } })).toEqual({ year: 2025, value: 1, baseline: true });
  });
});
