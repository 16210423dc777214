/**
 * The catalogue's errors for uploads and imports. A file with invalid rows is 422
 * `invalid_file`, each problem a detail placed by file, sheet, row and column; the list is
 * capped, the message gives the total. Nothing is ever written when one of these is thrown.
 */
import type { ImportIssue } from '../../ingest/import-issue.ts';
import { recordKind, type RecordKindId } from '../../records/record-kinds.ts';
import { ApiError, errors, type ErrorDetail } from '../errors.ts';

/** Details listed in one error response; the message says how many there are in all. */
export const MAX_DETAILS = 100;

export const UPLOAD_EXTENSIONS = ['.csv', '.xlsx'] as const;

/** An issue of the ingest as an error detail: every field it has, none it lacks. */
export function issueDetail(issue: ImportIssue): ErrorDetail {
  return {
    file: issue.file,
    ...(issue.sheet === null ? {} : { sheet: issue.sheet }),
    ...(issue.row === null ? {} : { row: issue.row }),
    ...(issue.column === null ? {} : { column: issue.column }),
    ...(issue.field === null ? {} : { field: issue.field }),
    ...(issue.value === null ? {} : { value: issue.value }),
    ...(issue.expected === null ? {} : { expected: issue.expected }),
    message: issue.message,
  };
}

function listed(shown: number, total: number): { zh: string; en: string } {
  return shown < total ? { zh: `（列出前 ${shown} 处）`, en: ` (the first ${shown} listed)` } : { zh: '', en: '' };
}

export function invalidFile(file: string, errorCount: number, issues: readonly ImportIssue[]): ApiError {
  const details = issues.filter((i) => i.severity === 'error').slice(0, MAX_DETAILS).map(issueDetail);
  const more = listed(details.length, errorCount);
  return new ApiError(
    'invalid_file',
    { zh: `${file}：发现 ${errorCount} 处错误${more.zh}，未写入任何数据`, en: `${file}: ${errorCount} error(s)${more.en}; nothing was written` },
    details,
  );
}

export function rowsOutOfScope(file: string, count: number, details: ErrorDetail[], regional: boolean): ApiError {
  const more = listed(details.length, count);
  const text = {
    zh: `${file}：有 ${count} 行不在本账户的填报范围内${more.zh}，整个文件未导入`,
    en: `${file}: ${count} row(s) are outside what this account may enter${more.en}; the whole file was refused`,
  };
  return new ApiError(regional ? 'forbidden_region' : 'forbidden', text, details);
}

export function rowsLocked(file: string, count: number, details: ErrorDetail[]): ApiError {
  const more = listed(details.length, count);
  return errors.conflict(details, {
    zh: `${file}：有 ${count} 行将修改已报送或已审核的数据${more.zh}，整个文件未导入；请通过审核流程（退回、重新打开）修改`,
    en: `${file}: ${count} row(s) would change submitted or approved values${more.en}; the whole file was refused — change them through the workflow (return, reopen)`,
  });
}

export function kindNotAllowed(kind: RecordKindId): ApiError {
  const name = recordKind(kind)?.name ?? { zh: kind, en: kind };
  return errors.forbidden({ zh: `此账户不能导入${name.zh}`, en: `This account may not import ${name.en.toLowerCase()}` });
}

export function unsupportedUpload(what: string | undefined, field: 'file' | 'content-type'): ApiError {
  return new ApiError(
    'unsupported_media_type',
    { zh: '请以 multipart/form-data 上传 .csv 或 .xlsx 文件', en: 'Upload a .csv or .xlsx file as multipart/form-data' },
    [{ field, value: what ?? null, expected: { zh: '.csv（UTF-8 或 GBK）或 .xlsx 文件', en: 'a .csv (UTF-8 or GBK) or .xlsx file' } }],
  );
}

export function missingFile(): ApiError {
  return errors.validationFailed([{ field: 'file', expected: { zh: '一个 .csv 或 .xlsx 文件', en: 'one .csv or .xlsx file' } }], {
    zh: '请求中没有文件',
    en: 'The request holds no file',
  });
}

export function uploadNotFound(id: string): ApiError {
  return errors.notFound({ zh: '上传的文件（可能已过期或已导入）', en: 'upload (it may have expired or been imported)' }, [{ field: 'id', value: id }]);
}
