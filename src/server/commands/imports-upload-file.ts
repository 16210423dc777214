/**
 * Reading the one file of a multipart upload: a .csv or .xlsx by its name (415 otherwise),
 * no larger than the configured limit — the multipart plugin stops reading there and the
 * error handler answers 413 `payload_too_large`. The name is kept for messages and the
 * history only, stripped of any directories a browser or a client put in it.
 */
import { extname } from 'node:path';
import type { FastifyRequest } from 'fastify';
import { missingFile, UPLOAD_EXTENSIONS, unsupportedUpload } from './imports-errors.ts';

const MAX_NAME = 200;

/** `C:\fakepath\数据.csv` → `数据.csv`: no directories, no control characters, bounded length. */
export function safeFilename(name: string): string {
  // eslint-disable-next-line no-control-regex
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  // Counted and cut by code point, so that an emoji is never cut in half.
  const chars = Array.from(base);
  if (chars.length <= MAX_NAME) return base;
  const ext = extname(base);
  return chars.slice(0, MAX_NAME - Array.from(ext).length).join('') + ext;
}

export interface UploadedFile {
  filename: string;
  bytes: Buffer;
}

export async function readUploadedFile(request: FastifyRequest): Promise<UploadedFile> {
  if (!request.isMultipart()) throw unsupportedUpload(request.headers['content-type'], 'content-type');
  const part = await request.file();
  if (!part) throw missingFile();
  const filename = safeFilename(part.filename);
  if (!(UPLOAD_EXTENSIONS as readonly string[]).includes(extname(filename).toLowerCase())) {
    // Drain the refused file so the request ends cleanly.
    part.file.resume();
    throw unsupportedUpload(filename, 'file');
  }
  return { filename, bytes: await part.toBuffer() };
}
