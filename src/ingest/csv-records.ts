/**
 * A CSV file as a stream of records, each with the line it starts on (the header being
 * line 1, blank lines and multi-line quoted values counted as an editor counts them).
 * The delimiter is sniffed from the first line: comma, tab (Excel's "Unicode text") or
 * semicolon. Quotes inside unquoted values (专精特新"小巨人") are taken literally.
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse, type Info } from 'csv-parse';
import { fileError, ImportFileError } from './import-issue.ts';
import { decodeText } from './text-decoding.ts';

export interface CsvRecord {
  /** Line where the record starts. */
  line: number;
  cells: string[];
}

// A record longer than this is a runaway quote, not data: fail instead of buffering the file.
const MAX_RECORD_CHARS = 1_000_000;
const SNIFF_CHARS = 65_536;

/** \r\n and \r become \n, also when a \r\n pair is split between chunks. */
async function* unifyLineEnds(text: AsyncIterable<string>): AsyncGenerator<string> {
  let carry = '';
  for await (const chunk of text) {
    let s = carry + chunk;
    carry = '';
    if (s.endsWith('\r')) {
      carry = '\r';
      s = s.slice(0, -1);
    }
    if (s) yield s.replace(/\r\n?/g, '\n');
  }
  if (carry) yield '\n';
}

export function sniffDelimiter(firstLine: string): string {
  const counts = new Map<string, number>([[',', 0], ['\t', 0], [';', 0]]);
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const [delimiter, count] of counts) if (count > counts.get(best)!) best = delimiter;
  return best;
}

/** Holds back text until the first line is complete, to pick the delimiter from it. */
async function* withDelimiter(text: AsyncIterable<string>, found: (delimiter: string) => void): AsyncGenerator<string> {
  let head = '';
  let decided = false;
  for await (const chunk of text) {
    if (decided) {
      yield chunk;
      continue;
    }
    head += chunk;
    const firstLine = head.replace(/^\n+/, '');
    const end = firstLine.indexOf('\n');
    if (end >= 0 || head.length >= SNIFF_CHARS) {
      found(sniffDelimiter(end >= 0 ? firstLine.slice(0, end) : firstLine));
      decided = true;
      yield head;
    }
  }
  if (!decided) {
    found(sniffDelimiter(head.replace(/^\n+/, '')));
    if (head) yield head;
  }
}

export async function* csvRecords(path: string, file: string): AsyncGenerator<CsvRecord> {
  let delimiter = ',';
  const text = withDelimiter(unifyLineEnds(decodeText(createReadStream(path), file)), (d) => (delimiter = d));
  // The parser is created once the delimiter is known, from the first chunk of text.
  const first = await text.next();
  if (first.done) return;
  const parser = parse({
    delimiter,
    record_delimiter: '\n',
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    bom: true,
    info: true,
    raw: true,
    max_record_size: MAX_RECORD_CHARS,
  });
  const source = Readable.from(
    (async function* () {
      yield first.value;
      yield* text;
    })(),
  );
  const flowing = pipeline(source, parser).catch(() => {
    // Reported through the parser's iterator below.
  });
  try {
    for await (const out of parser as AsyncIterable<{ record: string[]; info: Info; raw: string }>) {
      const body = out.raw.endsWith('\n') ? out.raw.slice(0, -1) : out.raw;
      let newlines = 0;
      for (let i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) newlines++;
      yield { line: out.info.lines - newlines, cells: out.record };
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    const e = error as { message?: string; lines?: number };
    const reason = e.message ?? String(error);
    throw fileError(file, 'malformed_csv', { zh: `CSV格式错误：${reason}`, en: `malformed CSV: ${reason}` }, e.lines ?? null);
  } finally {
    source.destroy();
    await flowing;
  }
}
