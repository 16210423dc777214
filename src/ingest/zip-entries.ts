/**
 * Reading the parts of a zip file (an .xlsx) by its central directory: each part is found
 * by name and inflated as a stream on demand, so parts can be read in the order a reader
 * needs them — not the order they happen to be stored in — and never all in memory.
 * Plain zip only (no ZIP64): an .xlsx of a million rows is far below its 4 GB limits.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { PassThrough, pipeline, type Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;

export class ZipError extends Error {}

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
  ) {}

  static async open(path: string): Promise<ZipFile> {
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
    const directory = await readAt(path, directoryOffset, directorySize);
    const entries = new Map<string, ZipEntry>();
    let p = 0;
    for (let n = 0; n < count; n++) {
      if (p + 46 > directory.length || directory.readUInt32LE(p) !== CENTRAL) throw new ZipError('damaged central directory');
      const nameLength = directory.readUInt16LE(p + 28);
      const name = directory.toString('utf8', p + 46, p + 46 + nameLength);
      entries.set(name, {
        name,
        method: directory.readUInt16LE(p + 10),
        compressedSize: directory.readUInt32LE(p + 20),
        localHeaderOffset: directory.readUInt32LE(p + 42),
      });
      p += 46 + nameLength + directory.readUInt16LE(p + 30) + directory.readUInt16LE(p + 32);
    }
    return new ZipFile(path, entries);
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
    const local = await readAt(this.path, entry.localHeaderOffset, 30);
    if (local.length < 30 || local.readUInt32LE(0) !== LOCAL) throw new ZipError(`damaged local header of ${name}`);
    const start = entry.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    if (entry.compressedSize === 0) {
      const empty = new PassThrough();
      empty.end();
      return empty;
    }
    const raw = createReadStream(this.path, { start, end: start + entry.compressedSize - 1 });
    if (entry.method === 0) return raw;
    if (entry.method !== 8) throw new ZipError(`unsupported compression method ${entry.method} in ${name}`);
    const inflate = createInflateRaw();
    pipeline(raw, inflate, () => {
      // Errors surface on the inflate stream, which the reader consumes.
    });
    return inflate;
  }
}
