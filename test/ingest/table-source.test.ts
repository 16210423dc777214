/** Opening files: which sheet and row hold the header, what cannot be read, and passes that can be repeated. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTableSource, type SourceRow, type TableSource } from '../../src/ingest/table-source.ts';
import { creditCode, tempDir, validateFile, writeCsv, writeXlsx } from './support.ts';

const dir = tempDir();

async function rows(source: TableSource): Promise<SourceRow[]> {
  const out: SourceRow[] = [];
  for await (const row of source.rows) out.push(row);
  return out;
}

describe('opening a table source', () => {
  it('CSV: the header is the first non-blank line; rows keep their line numbers; quotes inside values are literal', async () => {
    const path = writeCsv(dir, 'lines.csv', ['', 'a;b;c', '1;"two', 'lines";3', '', '4;专精特新"小巨人"企业;6', '"7;8";9']);
    const source = await openTableSource(path);
    expect(source).toMatchObject({ file: 'lines.csv', sheet: null, headers: ['a', 'b', 'c'], headerRow: 2 });
    expect((await rows(source)).map((r) => [r.row, r.cells])).toEqual([
      [3, ['1', 'two\nlines', '3']],
      [6, ['4', '专精特新"小巨人"企业', '6']],
      [7, ['7;8', '9']],
    ]);
  });

  it('each pass reads the file again, independently; a pass may stop early', async () => {
    const path = writeCsv(dir, 'twice.csv', ['a,b', '1,2', '3,4', '5,6']);
    const source = await openTableSource(path, 'shown-name.csv');
    expect(source.file).toBe('shown-name.csv');
    for await (const row of source.rows) {
      expect(row.row).toBe(2);
      break;
    }
    const [first, second] = await Promise.all([rows(source), rows(await openTableSource(path))]);
    expect(first.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(second).toEqual(first);
  });

  it('Excel: the sheet named 数据 wins, wherever it is; instructions, code lists and hidden sheets are skipped; a title row is not a header', async () => {
    const withData = await writeXlsx(dir, 'data-sheet.xlsx', [
      { name: 'Notes', rows: [['说明', '随便写'], ['x', 'y']] },
      { name: '数据', rows: [['年度数据（2026）'], ['a', 'b'], [1, 2]] },
    ]);
    const a = await openTableSource(withData);
    expect(a).toMatchObject({ sheet: '数据', headers: ['a', 'b'], headerRow: 2 });
    expect((await rows(a)).map((r) => [r.sheet, r.row, r.cells])).toEqual([['数据', 3, [1, 2]]]);

    const without = await writeXlsx(dir, 'other-sheets.xlsx', [
      { name: '填报说明', rows: [['列名', '说明']] },
      { name: 'Hidden', rows: [['h1', 'h2']], state: 'hidden' },
      { name: 'Empty', rows: [] },
      { name: 'Sheet9', rows: [['x', 'y'], [null, 5]] },
      { name: '代码表', rows: [['c', 'd']] },
    ]);
    const b = await openTableSource(without);
    expect(b).toMatchObject({ sheet: 'Sheet9', headers: ['x', 'y'], headerRow: 1 });
    const [row] = await rows(b);
    expect(row!.cells[1]).toBe(5);
    expect(row!.cells.length).toBe(2);
  });

  it('files that cannot be read throw ImportFileError with a bilingual issue', async () => {
    const cases: [string, string | Buffer, string][] = [
      ['empty.csv', '', 'empty_file'],
      ['blank.csv', '\n \n', 'empty_file'],
      ['data.json', '{}', 'unsupported_format'],
      ['old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'unsupported_format'],
      ['book.csv', Buffer.from('PK\x03\x04rest'), 'unsupported_format'],
      ['text.xlsx', 'a,b\n1,2\n', 'corrupt_file'],
      ['broken.xlsx', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)]), 'corrupt_file'],
      ['quote.csv', 'a,b\n1,"unclosed\n', 'malformed_csv'],
    ];
    for (const [name, content, code] of cases) {
      const path = join(dir, name);
      writeFileSync(path, content);
      const attempt = (async () => {
        const source = await openTableSource(path);
        await rows(source);
      })();
      await expect(attempt, name).rejects.toMatchObject({ name: 'ImportFileError', issue: { code, file: name, severity: 'error' } });
    }
    await expect(openTableSource(join(dir, 'missing.csv'))).rejects.toMatchObject({
      issue: { code: 'unreadable_file', message: { zh: 'missing.csv：无法读取文件（不存在或无权限）' } },
    });
  });

  it('Excel: Chinese text in a large shared-string table survives the zip’s inflate chunk boundaries', async () => {
    // 4000 distinct names make a shared-string part of several 16 KiB chunks; exceljs on its
    // own decodes each chunk separately and turns a character cut in two into U+FFFD.
    const names = Array.from({ length: 4000 }, (_, i) => `海南第${i}号高新技术企业（儋州洋浦）有限公司`);
    const path = await writeXlsx(dir, 'many-names.xlsx', [{ name: 'Sheet1', rows: [['统一社会信用代码', '企业名称', '所在市县'], ...names.map((n, i) => [creditCode(i), n, '儋州市'])] }]);
    const result = await validateFile('enterprises', path);
    expect(result.issues).toEqual([]);
    expect(result.records.map((r) => r.name)).toEqual(names);
  });

  it('an Excel workbook with no header row anywhere', async () => {
    const path = await writeXlsx(dir, 'no-header.xlsx', [{ name: 'Sheet1', rows: [['only one cell']] }]);
    await expect(openTableSource(path)).rejects.toMatchObject({ issue: { code: 'no_data_sheet' } });
  });

  it('rows that are empty are skipped; rows with data are validated', async () => {
    const result = await validateFile('enterprises', writeCsv(dir, 'gaps.csv', ['统一社会信用代码,企业名称,所在市县', ',,', '', `${creditCode(5)},戊公司,三亚市`, ' , , ']));
    expect(result.records.map((r) => r.name)).toEqual(['戊公司']);
    expect(result.issues).toEqual([]);
  });
});
