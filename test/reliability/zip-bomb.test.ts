/**
 * Malformed and hostile .xlsx files: a zip bomb (a tiny file declaring, or secretly
 * inflating to, gigabytes) is refused by the size limit with a clear error, before it is
 * read to its end; truncated files and damaged central directories are refused as corrupt.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDeflateRaw } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ImportFileError } from '../../src/ingest/import-issue.ts';
import { openTableSource } from '../../src/ingest/table-source.ts';
import { ZipFile, ZipTooLargeError } from '../../src/ingest/zip-entries.ts';
import { tempDir, writeXlsx } from '../ingest/support.ts';
import { part, unzip, zip, type ZipPart } from './zip-writer.ts';

const dir = tempDir();

/** Deflates `size` bytes of '<' (a valid-looking start of XML, then the same byte) without holding them in memory. */
async function deflatedFill(size: number): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const block = Buffer.alloc(1024 * 1024, 0x20);
  for (let left = size; left > 0; left -= block.length) {
    if (!deflate.write(left >= block.length ? block : block.subarray(0, left))) await new Promise((r) => deflate.once('drain', r));
  }
  deflate.end();
  await done;
  return Buffer.concat(chunks);
}

async function workbookParts(): Promise<Map<string, Buffer>> {
  const path = await writeXlsx(dir, 'base.xlsx', [{ name: '数据', rows: [['indicator', 'region', 'year', 'value'], ['gdp', '', 2026, 8520]] }]);
  return unzip(path);
}

/** The base workbook with its sheet replaced by `sheet`. */
async function withSheet(name: string, sheet: ZipPart): Promise<string> {
  const parts = [...(await workbookParts())].map(([n, data]) => (n === 'xl/worksheets/sheet1.xml' ? sheet : part(n, data)));
  const path = join(dir, name);
  writeFileSync(path, zip(parts));
  return path;
}

async function refusal(path: string): Promise<ImportFileError> {
  try {
    const source = await openTableSource(path);
    for await (const row of source.rows) void row;
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
  throw new Error(`${path} was accepted`);
}

describe('hostile .xlsx files', () => {
  it('a sheet that declares 4 GB is refused at once, naming the limit', async () => {
    const sheet = { ...part('xl/worksheets/sheet1.xml', '<worksheet/>'), declaredSize: 0xfffffff0 };
    const path = await withSheet('declared-bomb.xlsx', sheet);
    expect(readFileSync(path).length).toBeLessThan(20_000);
    const error = await refusal(path);
    expect(error.issue.code).toBe('file_too_large');
    expect(error.issue.file).toBe('declared-bomb.xlsx');
    expect(error.message).toMatch(/xl\/worksheets\/sheet1\.xml inflates to more than 1024 MB/);
  });

  it('a sheet that lies about its size (64 KB compressed → 64 MB) is stopped at its declared size', async () => {
    const size = 64 * 1024 * 1024;
    const data = await deflatedFill(size);
    const sheet: ZipPart = { name: 'xl/worksheets/sheet1.xml', data, deflated: true, declaredSize: 1000, crc: 0 };
    const path = await withSheet('lying-bomb.xlsx', sheet);
    expect(readFileSync(path).length).toBeLessThan(200_000);
    const error = await refusal(path);
    expect(error.issue.code).toBe('file_too_large');
    expect(error.message).toMatch(/inflates beyond its declared size of 1000 bytes/);
  });

  it('the limit holds however honest the declaration: a part over maxPartBytes is cut off', async () => {
    const size = 8 * 1024 * 1024;
    const data = await deflatedFill(size);
    const path = join(dir, 'over-limit.zip');
    writeFileSync(path, zip([{ name: 'big.xml', data, deflated: true, declaredSize: size, crc: 0 }]));
    const small = await ZipFile.open(path, { maxPartBytes: 1024 * 1024 });
    await expect(small.bytes('big.xml')).rejects.toBeInstanceOf(ZipTooLargeError);
    const large = await ZipFile.open(path, { maxPartBytes: 16 * 1024 * 1024 });
    let total = 0;
    for await (const chunk of await large.bytes('big.xml')) total += (chunk as Buffer).length;
    expect(total).toBe(size);
  });

  it('truncated files and a damaged central directory are refused as corrupt, naming the file', async () => {
    const whole = readFileSync(await writeXlsx(dir, 'whole.xlsx', [{ name: '数据', rows: [['indicator', 'region', 'year', 'value'], ['gdp', '', 2026, 8520]] }]));
    const cases: [string, Buffer][] = [
      ['half.xlsx', whole.subarray(0, whole.length >> 1)],
      ['no-end.xlsx', whole.subarray(0, whole.length - 22)],
      ['magic-only.xlsx', whole.subarray(0, 4)],
    ];
    const badDirectory = Buffer.from(whole);
    const end = badDirectory.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    badDirectory.writeUInt32LE(badDirectory.length - 100, end + 16); // the directory offset points into the end
    cases.push(['bad-directory.xlsx', badDirectory]);
    // A directory size of 4 GB once made the reader ask Node for a 4 GB read, which aborts the process (found by the fuzzer).
    const hugeDirectory = Buffer.from(whole);
    hugeDirectory.writeUInt32LE(0xfffffff0, end + 12);
    cases.push(['huge-directory.xlsx', hugeDirectory]);
    const farPart = Buffer.from(whole);
    let entry = farPart.readUInt32LE(end + 16);
    while (farPart.toString('utf8', entry + 46, entry + 46 + farPart.readUInt16LE(entry + 28)) !== 'xl/workbook.xml') {
      entry += 46 + farPart.readUInt16LE(entry + 28) + farPart.readUInt16LE(entry + 30) + farPart.readUInt16LE(entry + 32);
    }
    farPart.writeUInt32LE(0xfffffff0, entry + 20); // the workbook part's compressed size
    cases.push(['huge-part.xlsx', farPart]);
    for (const [name, bytes] of cases) {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      const error = await refusal(path);
      expect(error.issue.code, name).toBe('corrupt_file');
      expect(error.issue.file).toBe(name);
      expect(error.issue.message.en).toContain(name);
    }
  });
});
