/**
 * A minimal zip writer for the reliability tests: parts stored or deflated, with the sizes
 * in the central directory optionally made to lie, so that truncated, damaged and bomb
 * workbooks can be built byte by byte.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { ZipFile } from '../../src/ingest/zip-entries.ts';

export interface ZipPart {
  name: string;
  /** The bytes stored (already deflated when `deflated`). */
  data: Buffer;
  deflated: boolean;
  /** The inflated size written in the headers. */
  declaredSize: number;
  crc: number;
}

export function part(name: string, content: Buffer | string, declaredSize?: number): ZipPart {
  const raw = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { name, data: deflateRawSync(raw), deflated: true, declaredSize: declaredSize ?? raw.length, crc: crc32(raw) };
}

export function zip(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(p.deflated ? 8 : 0, 8);
    local.writeUInt32LE(p.crc >>> 0, 14);
    local.writeUInt32LE(p.data.length, 18);
    local.writeUInt32LE(p.declaredSize >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(p.deflated ? 8 : 0, 10);
    central.writeUInt32LE(p.crc >>> 0, 16);
    central.writeUInt32LE(p.data.length, 20);
    central.writeUInt32LE(p.declaredSize >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, p.data);
    centrals.push(central, name);
    offset += 30 + name.length + p.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The parts of a zip file, inflated (for rebuilding a real workbook with one part changed). */
export async function unzip(path: string): Promise<Map<string, Buffer>> {
  const file = await ZipFile.open(path);
  const out = new Map<string, Buffer>();
  for (const name of file.entries.keys()) {
    const chunks: Buffer[] = [];
    for await (const chunk of await file.bytes(name)) chunks.push(chunk as Buffer);
    out.set(name, Buffer.concat(chunks));
  }
  return out;
}
