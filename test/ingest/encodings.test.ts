/**
 * CSV encodings: UTF-8 with and without BOM, GB18030/GBK (Excel on a Chinese Windows),
 * UTF-16 with BOM (Excel's "Unicode text"), decoded while streaming — including a first
 * multi-byte character cut in two by the 64 KiB read chunk.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportFileError } from '../../src/ingest/import-issue.ts';
import { openTableSource } from '../../src/ingest/table-source.ts';
import { decodeBytes, decodeText } from '../../src/ingest/text-decoding.ts';
import { repoRoot } from '../support/paths.ts';
import { creditCode, tempDir, validateFile, writeCsv } from './support.ts';

const fixture = join(repoRoot, 'test/fixtures/ingest/enterprises-gb18030.csv');
const dir = tempDir();

async function collect(chunks: Uint8Array[]): Promise<string> {
  let text = '';
  for await (const part of decodeText((async function* () { yield* chunks; })(), 'test')) text += part;
  return text;
}

describe('encodings', () => {
  it('a GB18030 CSV from Excel on Chinese Windows: Chinese headers, names, and a four-byte character', async () => {
    const bytes = readFileSync(fixture);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const result = await validateFile('enterprises', fixture);
    expect(result.source.headers[0]).toBe('统一社会信用代码');
    expect(result.headerIssues).toEqual([]);
    expect(result.issues).toEqual([]);
    expect(result.records.map((r) => [r.name, r.regionCode, r.parkId, r.clusters, r.foundedOn, r.sizeClass, r.listed])).toEqual([
      ['海南椰风电子科技有限公司', '460100', null, ['digital-economy'], '2019-03-08', 'small', false],
      ['洋浦石化新材料有限公司', '460400', 'yangpu', ['petrochem-materials'], '2015-06-01', 'large', true],
      ['三亚崖州湾种业科技有限公司（南繁）', '460200', 'yazhou-bay-sci-tech-city', ['nanfan-seeds', 'biomedicine'], '2021-11-30', 'medium', false],
      ['文昌䶮星航天科技有限公司', '469005', 'wenchang-aerospace-city', ['commercial-aerospace'], '2022-01-05', 'micro', false],
    ]);
    expect(result.records[0]!.creditCode).toBe('91460100MA5T00011M');
  });

  it('UTF-8 with a BOM (Excel’s “CSV UTF-8”) and CRLF line ends', async () => {
    const text = `统一社会信用代码,企业名称,所在市县\r\n${creditCode(1)},海口甲公司,海口市\r\n`;
    const path = writeCsv(dir, 'bom.csv', text, (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')]));
    const result = await validateFile('enterprises', path);
    expect(result.source.headers).toEqual(['统一社会信用代码', '企业名称', '所在市县']);
    expect(result.records.map((r) => [r.name, r.regionCode])).toEqual([['海口甲公司', '460100']]);
  });

  it('UTF-16 with a BOM and tabs (Excel’s “Unicode text”)', async () => {
    const text = `\ufeff统一社会信用代码\t企业名称\t所在市县\r\n${creditCode(1)}\t海口乙公司\t海口\r\n`;
    const result = await validateFile('enterprises', writeCsv(dir, 'unicode.txt', text, (t) => Buffer.from(t, 'utf16le')));
    expect(result.records.map((r) => [r.name, r.regionCode])).toEqual([['海口乙公司', '460100']]);
  });

  it('a UTF-8 file whose first multi-byte character straddles the 64 KiB read boundary', async () => {
    const lines = ['credit_code,name,region'];
    let length = lines[0]!.length + 1;
    let n = 1;
    while (length < 64_000) {
      const line = `${creditCode(n++)},Company ${n},460100`;
      lines.push(line);
      length += line.length + 1;
    }
    // The next line's 海 starts at byte 65535: its first byte ends chunk one, the rest begin chunk two.
    const prefix = `${creditCode(n++)},`;
    const filler = 'X'.repeat(65_535 - length - prefix.length);
    lines.push(`${prefix}${filler}海南公司,460200`);
    const path = writeCsv(dir, 'boundary.csv', lines);
    const bytes = readFileSync(path);
    expect(bytes.subarray(65_535, 65_538).toString('utf8')).toBe('海');
    expect(bytes.subarray(0, 65_535).every((b) => b < 0x80)).toBe(true);

    const result = await validateFile('enterprises', path);
    expect(result.issues).toEqual([]);
    expect(result.records.at(-1)).toMatchObject({ name: `${filler}海南公司`, regionCode: '460200' });
    expect(result.records).toHaveLength(lines.length - 1);
  });

  it('any chunking of UTF-8, BOM-prefixed UTF-8 and GB18030 bytes decodes to the same text', async () => {
    const texts = ['指标,地区,年份\n数字经济核心产业营收,海口市,2026\n', 'gdp,,2026,8500,,示例数据（非官方）\n', '企业名称\n文昌䶮星航天科技有限公司\n'];
    const encodings: [string, (t: string) => Uint8Array][] = [
      ['utf-8', (t) => Buffer.from(t, 'utf8')],
      ['utf-8 BOM', (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')])],
      ['gb18030', (t) => gb18030(t)],
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...texts), fc.constantFrom(...encodings), fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 40 }), async (text, [, encode], sizes) => {
        const bytes = encode(text);
        const chunks: Uint8Array[] = [];
        for (let at = 0, i = 0; at < bytes.length; i++) {
          const size = sizes[i % sizes.length]!;
          chunks.push(bytes.subarray(at, at + size));
          at += size;
        }
        expect(await collect(chunks)).toBe(text);
        expect(decodeBytes(bytes)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  it('bytes that are not valid in the detected encoding fail loudly instead of importing mojibake', async () => {
    // Invalid from the start: opening fails.
    const early = join(dir, 'binary.csv');
    writeFileSync(early, Buffer.concat([Buffer.from('a,b\n'), Buffer.from([0x81, 0x20, 0xff, 0xff, 0x0a])]));
    await expect(openTableSource(early)).rejects.toMatchObject({ issue: { code: 'undecodable_text', file: 'binary.csv' } });

    // UTF-8 for the first 100 KB, then a stray GBK byte pair: the header opens, the pass over the rows fails.
    const late = join(dir, 'mixed.csv');
    const good = `企业名称,备注\n${'海口公司,正常\n'.repeat(6000)}`;
    writeFileSync(late, Buffer.concat([Buffer.from(good, 'utf8'), Buffer.from([0xba, 0xa3, 0x0a])]));
    const source = await openTableSource(late);
    expect(source.headers).toEqual(['企业名称', '备注']);
    const pass = async () => {
      for await (const row of source.rows) void row;
    };
    await expect(pass()).rejects.toBeInstanceOf(ImportFileError);
    await expect(pass()).rejects.toMatchObject({ issue: { code: 'undecodable_text' } });
  });
});

/** GB18030 bytes via the fixture's encoder: Node can decode GB18030 but not encode it. */
function gb18030(text: string): Uint8Array {
  const table = new Map<string, number[]>();
  // Every character used above, encoded once by Python (see test/fixtures/ingest/make-gb18030.py).
  for (const [ch, bytes] of GB18030_BYTES) table.set(ch, bytes);
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`no GB18030 bytes for ${ch}`);
      out.push(...bytes);
    }
  }
  return Uint8Array.from(out);
}

const GB18030_BYTES: [string, number[]][] = [
  ['䶮', [0xfe, 0x9f]],
  ['业', [0xd2, 0xb5]],
  ['产', [0xb2, 0xfa]],
  ['份', [0xb7, 0xdd]],
  ['企', [0xc6, 0xf3]],
  ['例', [0xc0, 0xfd]],
  ['公', [0xb9, 0xab]],
  ['区', [0xc7, 0xf8]],
  ['口', [0xbf, 0xda]],
  ['司', [0xcb, 0xbe]],
  ['名', [0xc3, 0xfb]],
  ['地', [0xb5, 0xd8]],
  ['天', [0xcc, 0xec]],
  ['字', [0xd7, 0xd6]],
  ['官', [0xb9, 0xd9]],
  ['市', [0xca, 0xd0]],
  ['年', [0xc4, 0xea]],
  ['心', [0xd0, 0xc4]],
  ['技', [0xbc, 0xbc]],
  ['指', [0xd6, 0xb8]],
  ['据', [0xbe, 0xdd]],
  ['收', [0xca, 0xd5]],
  ['数', [0xca, 0xfd]],
  ['文', [0xce, 0xc4]],
  ['方', [0xb7, 0xbd]],
  ['昌', [0xb2, 0xfd]],
  ['星', [0xd0, 0xc7]],
  ['有', [0xd3, 0xd0]],
  ['标', [0xb1, 0xea]],
  ['核', [0xba, 0xcb]],
  ['济', [0xbc, 0xc3]],
  ['海', [0xba, 0xa3]],
  ['示', [0xca, 0xbe]],
  ['科', [0xbf, 0xc6]],
  ['称', [0xb3, 0xc6]],
  ['经', [0xbe, 0xad]],
  ['航', [0xba, 0xbd]],
  ['营', [0xd3, 0xaa]],
  ['限', [0xcf, 0xde]],
  ['非', [0xb7, 0xc7]],
  ['（', [0xa3, 0xa8]],
  ['）', [0xa3, 0xa9]],
];
