/**
 * Bytes of a text file to text, streaming, in the encoding the file turns out to have:
 * UTF-8 (with or without BOM), UTF-16 with a BOM (Excel's "Unicode text"), or else
 * GB18030 — a superset of GBK, what Excel on a Chinese Windows writes for "CSV".
 *
 * The choice is made on the first 4 KiB from the first non-ASCII byte on: ASCII reads the
 * same in all three, so text before that byte is passed on undecided, and a multi-byte
 * character split across chunk boundaries is judged whole. A file that is not valid in the
 * chosen encoding fails loudly instead of importing mojibake.
 */
import { TextDecoder } from 'node:util';
import { fileError } from './import-issue.ts';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

const SAMPLE_BYTES = 4096;

/** The encoding of a sample that starts at the file's first non-ASCII byte. */
export function detectEncoding(sample: Uint8Array, atFileStart: boolean, complete: boolean): TextEncoding {
  if (atFileStart && sample[0] === 0xff && sample[1] === 0xfe) return 'utf-16le';
  if (atFileStart && sample[0] === 0xfe && sample[1] === 0xff) return 'utf-16be';
  try {
    // stream: true lets a character cut off at the sample's end pass as incomplete, not invalid.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: !complete });
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

function firstNonAscii(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! > 0x7f) return i;
  return -1;
}

function concat(parts: Uint8Array[]): Uint8Array {
  return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
}

/** Decodes a byte stream; `file` names it in the error thrown for bytes that are not text. */
export async function* decodeText(chunks: AsyncIterable<Uint8Array>, file: string): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  let encoding: TextEncoding | null = null;
  let sample: Uint8Array[] = [];
  let sampleBytes = 0;
  let sampleAt = -1;
  let offset = 0;

  const decode = (bytes: Uint8Array, stream: boolean): string => {
    try {
      return decoder!.decode(bytes, { stream });
    } catch {
      throw fileError(file, 'undecodable_text', {
        zh: `文件不是有效的${encoding === 'gb18030' ? 'UTF-8或GBK/GB18030' : encoding!.toUpperCase()}文本（约在第${offset}字节处）；请另存为“CSV UTF-8”后重试`,
        en: `the file is not valid ${encoding === 'gb18030' ? 'UTF-8 or GBK/GB18030' : encoding!.toUpperCase()} text (near byte ${offset}); save it as "CSV UTF-8" and try again`,
      });
    }
  };
  const choose = (complete: boolean): string => {
    const bytes = concat(sample);
    // Judge the first SAMPLE_BYTES only: a bad byte further on is an error in the chosen encoding, not a vote for another.
    encoding = detectEncoding(bytes.subarray(0, SAMPLE_BYTES), sampleAt === 0, complete && bytes.length <= SAMPLE_BYTES);
    decoder = new TextDecoder(encoding, { fatal: true });
    sample = [];
    return decode(bytes, true);
  };

  for await (const chunk of chunks) {
    if (decoder) {
      yield decode(chunk, true);
    } else if (sampleAt < 0) {
      const i = firstNonAscii(chunk);
      if (i < 0) {
        yield Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('latin1');
      } else {
        if (i > 0) yield Buffer.from(chunk.buffer, chunk.byteOffset, i).toString('latin1');
        sampleAt = offset + i;
        sample.push(chunk.subarray(i));
        sampleBytes += chunk.length - i;
      }
    } else {
      sample.push(chunk);
      sampleBytes += chunk.length;
    }
    offset += chunk.length;
    if (!decoder && sampleBytes >= SAMPLE_BYTES) yield choose(false);
  }
  if (!decoder && sampleBytes > 0) yield choose(true);
  if (decoder) {
    const rest = decode(new Uint8Array(0), false);
    if (rest) yield rest;
  }
}

/** The same for bytes already in memory (small inputs, tests). */
export function decodeBytes(bytes: Uint8Array, file = 'input'): string {
  const i = firstNonAscii(bytes);
  if (i < 0) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const encoding = detectEncoding(bytes.subarray(i, i + SAMPLE_BYTES), i === 0, bytes.length - i <= SAMPLE_BYTES);
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw fileError(file, 'undecodable_text', {
      zh: `文件不是有效的${encoding === 'gb18030' ? 'UTF-8或GBK/GB18030' : encoding.toUpperCase()}文本；请另存为“CSV UTF-8”后重试`,
      en: `the file is not valid ${encoding === 'gb18030' ? 'UTF-8 or GBK/GB18030' : encoding.toUpperCase()} text; save it as "CSV UTF-8" and try again`,
    });
  }
}
