/**
 * A file of records as rows, streaming: CSV (.csv, .txt; encoding detected) or Excel
 * (.xlsx, read with exceljs's streaming reader). Opening reads only as far as the header;
 * `rows` reads the file again on each pass, so a validation pass and a write pass are
 * independent and neither holds the file in memory.
 */
import { open, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { openCsvSource } from './csv-source.ts';
import { fileError } from './import-issue.ts';
import { openXlsxSource } from './xlsx-source.ts';

export interface SourceRow {
  sheet: string | null;
  /** 1-based as the user sees it: the CSV line, or the Excel row number. */
  row: number;
  /** Cells by column, aligned with the headers: strings from CSV, exceljs values from Excel. */
  cells: unknown[];
}

export interface TableSource {
  /** The name used in messages. */
  file: string;
  sheet: string | null;
  headers: string[];
  /** The header's row number (1 unless blank lines or a title come first); openTableSource always sets it. */
  headerRow?: number;
  /** The data rows after the header; each iteration reads the file anew. Iterating can throw ImportFileError. */
  rows: AsyncIterable<SourceRow>;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

async function firstBytes(path: string, file: string): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error('not a file');
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(8);
      const { bytesRead } = await handle.read(buffer, 0, 8, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch {
    throw fileError(file, 'unreadable_file', { zh: '无法读取文件（不存在或无权限）', en: 'the file cannot be read (missing or not permitted)' });
  }
}

/** Opens a CSV or Excel file; throws ImportFileError for unreadable, empty, corrupt or unsupported files. */
export async function openTableSource(path: string, displayName?: string): Promise<TableSource> {
  const file = displayName ?? basename(path);
  const head = await firstBytes(path, file);
  if (head.length === 0) throw fileError(file, 'empty_file', { zh: '文件为空', en: 'the file is empty' });
  const ext = extname(path).toLowerCase();
  if (startsWith(head, OLE) || ext === '.xls') {
    throw fileError(file, 'unsupported_format', {
      zh: '这是旧版Excel（.xls）文件，不能直接导入；请在Excel中另存为.xlsx或CSV',
      en: 'this is an old Excel (.xls) file; save it as .xlsx or CSV in Excel first',
    });
  }
  if (ext === '.xlsx' || ext === '.xlsm') {
    if (!startsWith(head, ZIP)) {
      throw fileError(file, 'corrupt_file', { zh: '文件扩展名为.xlsx，但内容不是Excel工作簿', en: 'the file is named .xlsx but is not an Excel workbook' });
    }
    return openXlsxSource(path, file);
  }
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') {
    if (startsWith(head, ZIP)) {
      throw fileError(file, 'unsupported_format', {
        zh: '文件扩展名为CSV，但内容是Excel工作簿；请将扩展名改为.xlsx',
        en: 'the file is named CSV but is an Excel workbook; rename it to .xlsx',
      });
    }
    return openCsvSource(path, file);
  }
  throw fileError(file, 'unsupported_format', {
    zh: `不支持的文件类型“${ext || '（无扩展名）'}”；应为.csv、.txt或.xlsx`,
    en: `unsupported file type ${JSON.stringify(ext || '(none)')}; expected .csv, .txt or .xlsx`,
  });
}
