/** The demo's small parts: its random numbers, the rank permutation, splitting totals, dates, names. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateRounded, allocateUnits, capUnits } from '../../src/demo/allocate.ts';
import { demoCreditCode } from '../../src/demo/demo-credit-code.ts';
import { addDays, validUntil } from '../../src/demo/demo-dates.ts';
import { shortPlaceName, TRADE_NAME_CHARACTERS, tradeName } from '../../src/demo/names.ts';
import { IndexPermutation } from '../../src/demo/permutation.ts';
import { Random, streamFor } from '../../src/demo/random.ts';
import { isCreditCode } from '../../src/records/credit-code.ts';

describe('Random', () => {
  it('gives the same numbers for the same seed and others for another seed', () => {
    const draw = (seed: number) => Array.from({ length: 20 }, ((r) => () => r.nextUint32())(new Random(seed)));
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    expect(streamFor(1, 2, 3).next()).toBe(streamFor(1, 2, 3).next());
    expect(streamFor(1, 2, 3).next()).not.toBe(streamFor(1, 3, 2).next());
  });

  it('draws uniformly enough: mean ≈ ½, every tenth of [0, 1) hit about equally', () => {
    const rng = new Random(2026);
    const buckets = Array.from({ length: 10 }, () => 0);
    let sum = 0;
    let min = 1;
    let max = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = rng.next();
      [sum, min, max] = [sum + x, Math.min(min, x), Math.max(max, x)];
      buckets[Math.floor(x * 10)]!++;
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    expect(sum / 100_000).toBeCloseTo(0.5, 2);
    for (const count of buckets) expect(Math.abs(count - 10_000)).toBeLessThan(400);
  });

  it('keeps int() within its bounds, both included', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: -50, max: 50 }), fc.integer({ min: 0, max: 20 }), (seed, min, width) => {
        const rng = new Random(seed);
        const seen = new Set<number>();
        for (let i = 0; i < 200; i++) {
          const v = rng.int(min, min + width);
          expect(v).toBeGreaterThanOrEqual(min);
          expect(v).toBeLessThanOrEqual(min + width);
          seen.add(v);
        }
        if (width <= 3) expect(seen.size).toBe(width + 1);
      }),
    );
  });
});

describe('IndexPermutation', () => {
  it('is a bijection of 0..n−1 for any size and key', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer(), (size, key) => {
        const permutation = new IndexPermutation(size, key);
        const ranks = new Set<number>();
        for (let i = 0; i < size; i++) ranks.add(permutation.rank(i));
        expect(ranks.size).toBe(size);
        for (const r of ranks) expect(r >= 0 && r < size).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('shuffles: neighbouring indices do not keep neighbouring ranks', () => {
    const permutation = new IndexPermutation(10_000, 99);
    let adjacent = 0;
    for (let i = 0; i < 9_999; i++) if (Math.abs(permutation.rank(i + 1) - permutation.rank(i)) === 1) adjacent++;
    expect(adjacent).toBeLessThan(20);
  });
});

describe('allocating a total among regions', () => {
  const weights = fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { minLength: 1, maxLength: 25 }).filter((w) => w.some((x) => x > 0.001));

  it('adds up exactly, never goes negative and stays within one unit of the exact share', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), weights, (total, w) => {
        const parts = allocateUnits(total, w);
        expect(parts.reduce((s, p) => s + p, 0)).toBe(total);
        const sum = w.reduce((s, x) => s + x, 0);
        parts.forEach((p, k) => {
          expect(Number.isInteger(p)).toBe(true);
          expect(p).toBeGreaterThanOrEqual(0);
          expect(Math.abs(p - (total * w[k]!) / sum)).toBeLessThan(1 + 1e-9);
        });
      }),
    );
  });

  it('keeps two decimals and the province equal to the sum in fen', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100_000, noNaN: true }), weights, (value, w) => {
        const { total, parts } = allocateRounded(value, w, 2);
        expect(Math.round(total * 100)).toBe(parts.reduce((s, p) => s + Math.round(p * 100), 0));
        for (const p of parts) expect(Math.round(p * 100) / 100).toBe(p);
      }),
    );
  });

  it('moves the excess above a cap to parts with room, keeping the total', () => {
    expect(capUnits([5, 1, 0], [3, 4, 10])).toEqual([3, 1, 2]);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(50), fc.nat(50)), { minLength: 1, maxLength: 20 }), (pairs) => {
        const parts = pairs.map(([p]) => p);
        const caps = pairs.map(([, c]) => c);
        fc.pre(parts.reduce((s, p) => s + p, 0) <= caps.reduce((s, c) => s + c, 0));
        const capped = capUnits(parts, caps);
        expect(capped.reduce((s, p) => s + p, 0)).toBe(parts.reduce((s, p) => s + p, 0));
        capped.forEach((p, k) => expect(p).toBeLessThanOrEqual(caps[k]!));
      }),
    );
  });
});

describe('dates', () => {
  /** The straightforward Date-based answer the fast arithmetic must match. */
  const reference = (issued: string, years: number) => {
    const [y, m, d] = issued.split('-').map(Number) as [number, number, number];
    return new Date(Date.UTC(y + years, m - 1, d) - 86_400_000).toISOString().slice(0, 10);
  };

  it('ends a certificate the day before its anniversary, across month and year ends and leap years', () => {
    expect(validUntil('2025-12-02', 3)).toBe('2028-12-01');
    expect(validUntil('2025-03-01', 3)).toBe('2028-02-29');
    expect(validUntil('2026-03-01', 3)).toBe('2029-02-28');
    expect(validUntil('2025-01-01', 3)).toBe('2027-12-31');
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 5 }), (y, m, d, years) => {
        const issued = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        expect(validUntil(issued, years)).toBe(reference(issued, years));
      }),
    );
  });

  it('adds days across year ends', () => {
    expect(addDays('2027-12-20', 20)).toBe('2028-01-09');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });
});

describe('names and credit codes', () => {
  it('has 64 distinct trade-name characters', () => {
    expect(new Set(TRADE_NAME_CHARACTERS).size).toBe(64);
    expect([...TRADE_NAME_CHARACTERS].length).toBe(64);
  });

  it('gives every enterprise its own trade name', () => {
    for (const count of [3000, 4096, 5000]) {
      const names = new Set(Array.from({ length: count }, (_, i) => tradeName(i, count, 12345)));
      expect(names.size).toBe(count);
    }
    expect([...tradeName(0, 3000, 1)].length).toBe(2);
    expect([...tradeName(0, 1_000_000, 1)].length).toBe(4);
  });

  it('shortens place names the way company names use them', () => {
    expect(shortPlaceName('海南省')).toBe('海南');
    expect(shortPlaceName('乐东黎族自治县')).toBe('乐东');
    expect(shortPlaceName('保亭黎族苗族自治县')).toBe('保亭');
    expect(shortPlaceName('海口市')).toBe('海口');
  });

  it('makes valid, distinct, demo-marked credit codes', () => {
    fc.assert(
      fc.property(fc.nat(100_000_000), fc.nat(), (index, key) => {
        const code = demoCreditCode('460100', index, key);
        expect(isCreditCode(code)).toBe(true);
        expect(code.slice(0, 10)).toBe('91460100DM');
        expect(demoCreditCode('460100', index + 1, key)).not.toBe(code);
      }),
    );
  });
});
