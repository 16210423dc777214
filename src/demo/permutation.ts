/**
 * A pseudo-random permutation of 0..n−1 that needs no memory: a balanced Feistel network
 * over the next even power of two, with cycle walking back into range. It gives every
 * enterprise a "rank" that decides its certifications, so the number of enterprises
 * holding a tier is known in closed form without visiting them.
 */
import { hash32 } from './random.ts';

const ROUNDS = 4;

export class IndexPermutation {
  private readonly halfBits: number;
  private readonly halfMask: number;

  constructor(
    readonly size: number,
    private readonly key: number,
  ) {
    if (!Number.isInteger(size) || size < 0) throw new RangeError(`permutation size must be a whole number ≥ 0, got ${size}`);
    let bits = 2;
    while (2 ** bits < size) bits += 2;
    if (bits > 52) throw new RangeError(`permutation size ${size} is too large`);
    this.halfBits = bits / 2;
    this.halfMask = 2 ** this.halfBits - 1;
  }

  /** The rank of `index`; a bijection of 0..size−1. */
  rank(index: number): number {
    if (index < 0 || index >= this.size) throw new RangeError(`index ${index} is outside 0..${this.size - 1}`);
    let x = index;
    do x = this.encrypt(x);
    while (x >= this.size);
    return x;
  }

  private encrypt(x: number): number {
    const base = 2 ** this.halfBits;
    let left = Math.floor(x / base);
    let right = x % base;
    for (let round = 0; round < ROUNDS; round++) {
      const next = (left ^ (hash32(this.key, round, right) & this.halfMask)) >>> 0;
      left = right;
      right = next;
    }
    return left * base + right;
  }
}
