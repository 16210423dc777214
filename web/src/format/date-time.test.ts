import { describe, expect, it } from 'vitest';
import { formatTime } from './date-time.ts';

describe('moments', () => {
  it('shows a moment to the minute, in the reader’s zone (UTC in tests)', () => {
    expect(formatTime('2026-03-14T09:30:59Z')).toBe('2026-03-14 09:30');
  });
  it('marks a missing moment', () => {
    expect(formatTime(null)).toBe('—');
    expect(formatTime(undefined)).toBe('—');
    expect(formatTime(null, 'never')).toBe('never');
  });
});
