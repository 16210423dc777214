/**
 * The natural keys seen so far in a file, with the row each was first seen on — compact
 * enough for a million rows: the keys' UTF-8 bytes one after the other in one buffer, and
 * an open-addressing table of (hash, offset, length, row) in a typed array. About 50 bytes
 * a key instead of the ~280 a Map of concatenated strings takes (measured: a million-row
 * import held 280 MB of keys). Exact: a hash match is confirmed byte by byte.
 */
const SLOT = 4; // hash, offset, length + 1 (0: an empty slot), row

export class KeyIndex {
  private arena: Buffer = Buffer.allocUnsafe(1 << 16);
  private used = 0;
  private slots: Uint32Array;
  private mask: number;
  private count = 0;
  private scratch: Buffer = Buffer.allocUnsafe(256);

  constructor(capacity = 1024) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Uint32Array(size * SLOT);
    this.mask = size - 1;
  }

  get size(): number {
    return this.count;
  }

  /** The row `key` was first seen on; when it is new, remembers it with `row` and returns undefined. */
  remember(key: string, row: number): number | undefined {
    const needed = Buffer.byteLength(key, 'utf8');
    if (needed > this.scratch.length) this.scratch = Buffer.allocUnsafe(needed * 2);
    const length = this.scratch.write(key, 0, 'utf8');
    const hash = fnv1a(this.scratch, length);
    const slots = this.slots;
    for (let i = hash & this.mask; ; i = (i + 1) & this.mask) {
      const at = i * SLOT;
      if (slots[at + 2] === 0) {
        this.store(at, hash, length, row);
        return undefined;
      }
      if (slots[at] === hash && slots[at + 2] === length + 1 && this.scratch.compare(this.arena, slots[at + 1]!, slots[at + 1]! + length, 0, length) === 0) {
        return slots[at + 3]!;
      }
    }
  }

  private store(at: number, hash: number, length: number, row: number): void {
    if (this.used + length > this.arena.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.arena.length * 2, this.used + length));
      this.arena.copy(bigger, 0, 0, this.used);
      this.arena = bigger;
    }
    this.scratch.copy(this.arena, this.used, 0, length);
    this.slots[at] = hash;
    this.slots[at + 1] = this.used;
    this.slots[at + 2] = length + 1;
    this.slots[at + 3] = row >>> 0;
    this.used += length;
    this.count++;
    if (this.count * 2 > this.mask + 1) this.grow();
  }

  private grow(): void {
    const old = this.slots;
    const size = (this.mask + 1) * 2;
    this.slots = new Uint32Array(size * SLOT);
    this.mask = size - 1;
    for (let at = 0; at < old.length; at += SLOT) {
      if (old[at + 2] === 0) continue;
      for (let i = old[at]! & this.mask; ; i = (i + 1) & this.mask) {
        const to = i * SLOT;
        if (this.slots[to + 2] === 0) {
          this.slots.set(old.subarray(at, at + SLOT), to);
          break;
        }
      }
    }
  }
}

function fnv1a(bytes: Buffer, length: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < length; i++) {
    hash ^= bytes[i]!;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
