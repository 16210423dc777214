/** The compact index of natural keys behaves exactly like a Map from key to the first row. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyIndex } from '../../src/ingest/key-index.ts';

describe('KeyIndex', () => {
  it('returns the first row of a key seen before, undefined for a new one — like a Map', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('', 'a', '海口|2026', '9146010MA5T00001X|2027')), { maxLength: 400 }), (keys) => {
        const index = new KeyIndex(1);
        const map = new Map<string, number>();
        keys.forEach((key, i) => {
          const row = i + 2;
          expect(index.remember(key, row)).toBe(map.get(key));
          if (!map.has(key)) map.set(key, row);
        });
        expect(index.size).toBe(map.size);
      }),
    );
  });

  it('keeps a hundred thousand keys apart (growing its table and buffer many times), long keys too', () => {
    const index = new KeyIndex();
    for (let i = 0; i < 100_000; i++) expect(index.remember(`91460100MA5T${String(i).padStart(6, '0')}|${2023 + (i % 6)}`, i + 2)).toBeUndefined();
    expect(index.remember('91460100MA5T000042|2023', 1)).toBe(44);
    const long = '长'.repeat(500);
    expect(index.remember(long, 7)).toBeUndefined();
    expect(index.remember(long, 8)).toBe(7);
    expect(index.size).toBe(100_001);
  });
});
