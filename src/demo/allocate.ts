/**
 * Split a province total among regions so the parts add up exactly: amounts are handled
 * in whole units of the last kept decimal (cents of 亿元, or whole enterprises), and the
 * units left after flooring go to the largest remainders (Hamilton's method).
 */

/** Whole units of `total` (an integer) shared in proportion to `weights`. */
export function allocateUnits(total: number, weights: readonly number[]): number[] {
  if (!Number.isInteger(total)) throw new RangeError(`allocateUnits needs a whole total, got ${total}`);
  if (weights.length === 0) return [];
  const sum = weights.reduce((s, w) => s + w, 0);
  if (!(sum > 0)) throw new RangeError('weights must have a positive sum');
  const sign = total < 0 ? -1 : 1;
  const magnitude = Math.abs(total);
  const exact = weights.map((w) => (magnitude * w) / sum);
  const parts = exact.map(Math.floor);
  let left = magnitude - parts.reduce((s, p) => s + p, 0);
  // Largest remainder first; ties go to the earlier region so the result is stable.
  const order = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) parts[order[k]!.i]! += 1;
  return parts.map((p) => sign * p);
}

/** A value rounded to `digits` decimals, shared among regions; every part has those decimals too. */
export function allocateRounded(total: number, weights: readonly number[], digits: number): { total: number; parts: number[] } {
  const factor = 10 ** digits;
  const units = Math.round(total * factor);
  return { total: units / factor, parts: allocateUnits(units, weights).map((u) => u / factor) };
}

/**
 * Keeps each part within its cap (a numerator within its denominator in every region) by
 * moving the excess to the parts with the most room; the total is unchanged. Whole units.
 */
export function capUnits(parts: readonly number[], caps: readonly number[]): number[] {
  const result = [...parts];
  let excess = 0;
  result.forEach((p, k) => {
    if (p > caps[k]!) {
      excess += p - caps[k]!;
      result[k] = caps[k]!;
    }
  });
  const byRoom = result.map((p, k) => ({ k, room: caps[k]! - p })).sort((a, b) => b.room - a.room || a.k - b.k);
  for (const { k, room } of byRoom) {
    if (excess <= 0) break;
    const moved = Math.min(room, excess);
    result[k]! += moved;
    excess -= moved;
  }
  return result;
}
