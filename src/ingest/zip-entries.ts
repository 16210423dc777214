/**
 * Reading the parts of a zip file (an .xlsx) by its central directory: each part is found
 * by name and inflated as a stream on demand, so parts can be read in the order a reader
 * needs them — not the order they happen to be stored in — and never all in memory.
 * Plain zip only (no ZIP64): an .xlsx of a million rows is far below its 4 GB limits.
 *
 * Zip bombs: a part whose declared size exceeds `maxPartBytes` (default 1 GiB; a sheet of
 * a million rows is a few hundred MB), or whose inflated bytes exceed its declared size or
 * that limit, is refused with a ZipError naming the part — a tiny file that would inflate
 * to gigabytes is stopped at once, or at the latest after the limit, never read to its end.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { PassThrough, pipeline, Transform, type Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  /** The size the central directory declares for the inflated part. */
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** The largest inflated part accepted, by default. */
export const MAX_PART_BYTES = 1024 * 1024 * 1024;

export interface ZipLimits {
  /** Refuse any part that inflates (or says it inflates) beyond this many bytes. */
  maxPartBytes?: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;

export class ZipError extends Error {}

/** A part that inflates beyond the limit (or beyond its declared size): a zip bomb, or damage. */
export class ZipTooLargeError extends ZipError {}

async function readAt(path: string, position: number, length: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, position);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export class ZipFile {
  private constructor(
    readonly path: string,
    readonly entries: ReadonlyMap<string, ZipEntry>,
    /** Where the central directory starts: every part's data must end before it. */
    private readonly dataEnd: number,
    readonly maxPartBytes: number,
  ) {}

  static async open(path: string, limits: ZipLimits = {}): Promise<ZipFile> {
    const handle = await open(path, 'r');
    const size = (await handle.stat()).size;
    await handle.close();
    const tailLength = Math.min(size, 22 + MAX_COMMENT);
    const tail = await readAt(path, size - tailLength, tailLength);
    let at = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        at = i;
        break;
      }
    }
    if (at < 0) throw new ZipError('no end-of-central-directory record: not a zip file, or truncated');
    const count = tail.readUInt16LE(at + 10);
    const directorySize = tail.readUInt32LE(at + 12);
    const directoryOffset = tail.readUInt32LE(at + 16);
    if (directoryOffset === 0xffffffff || count === 0xffff) throw new ZipError('ZIP64 archives are not supported');
    // The directory must lie before the end record: a damaged record must not make us
    // allocate or read gigabytes (Node aborts the whole process on a read over 2 GB).
    const endAt = size - tailLength + at;
    if (directoryOffset + directorySize > endAt) throw new ZipError('damaged end-of-central-directory record: the directory lies outside the file');
    const directory = await readAt(path, directoryOffset, directorySize);
    const entries = new Map<string, ZipEntry>();
    let p = 0;
    for (let n = 0; n < count; n++) {
      if (p + 46 > directory.length || directory.readUInt32LE(p) !== CENTRAL) throw new ZipError('damaged central directory');
      const nameLength = directory.readUInt16LE(p + 28);
      const name = directory.toString('utf8', p + 46, p + 46 + nameLength);
      const localHeaderOffset = directory.readUInt32LE(p + 42);
      if (localHeaderOffset + 30 > directoryOffset) throw new ZipError(`damaged central directory: the part ${name} lies outside the file`);
      entries.set(name, {
        name,
        method: directory.readUInt16LE(p + 10),
        compressedSize: directory.readUInt32LE(p + 20),
        uncompressedSize: directory.readUInt32LE(p + 24),
        localHeaderOffset,
      });
      p += 46 + nameLength + directory.readUInt16LE(p + 30) + directory.readUInt16LE(p + 32);
    }
    return new ZipFile(path, entries, directoryOffset, limits.maxPartBytes ?? MAX_PART_BYTES);
  }

  /**
   * The part's content as UTF-8 text, inflated while read. Text, not bytes: exceljs decodes
   * each byte chunk on its own, which would cut a Chinese character split between chunks
   * into two replacement characters; a string stream decodes across chunk boundaries.
   */
  async text(name: string): Promise<Readable> {
    const stream = await this.bytes(name);
    stream.setEncoding('utf8');
    return stream;
  }

  /** The part's content, inflated while read. */
  async bytes(name: string): Promise<Readable> {
    const entry = this.entries.get(name);
    if (!entry) throw new ZipError(`the part ${name} is missing`);
    const limit = Math.min(entry.uncompressedSize, this.maxPartBytes);
    if (entry.uncompressedSize > this.maxPartBytes) throw tooLarge(name, this.maxPartBytes);
    const local = await readAt(this.path, entry.localHeaderOffset, 30);
    if (local.length < 30 || local.readUInt32LE(0) !== LOCAL) throw new ZipError(`damaged local header of ${name}`);
    const start = entry.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    if (start + entry.compressedSize > this.dataEnd) throw new ZipError(`damaged zip: the data of ${name} runs past the end of the parts`);
    if (entry.compressedSize === 0) {
      const empty = new PassThrough();
      empty.end();
      return empty;
    }
    if (entry.method !== 0 && entry.method !== 8) throw new ZipError(`unsupported compression method ${entry.method} in ${name}`);
    const raw = createReadStream(this.path, { start, end: start + entry.compressedSize - 1 });
    // Counts what comes out and stops at the declared size (or the limit): a part that lies
    // about its size cannot inflate past it.
    let seen = 0;
    const counted = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        seen += chunk.length;
        if (seen > limit) done(entry.uncompressedSize > limit ? tooLarge(name, limit) : new ZipTooLargeError(`the part ${name} inflates beyond its declared size of ${entry.uncompressedSize} bytes (damaged or a zip bomb)`));
        else done(null, chunk);
      },
    });
    // Errors surface on the last stream, which the reader consumes.
    const ignore = () => undefined;
    if (entry.method === 8) pipeline(raw, createInflateRaw(), counted, ignore);
    else pipeline(raw, counted, ignore);
    return counted;
  }
}

function tooLarge(name: string, limit: number): ZipError {
  return new ZipTooLargeError(`the part ${name} inflates to more than ${Math.round(limit / 1024 / 1024)} MB: refused (a zip bomb, or far larger than any sheet Plansight reads)`);
}
