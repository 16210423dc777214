/**
 * Checks of imported rows that need the store: annual data and certificates must belong to
 * a registered enterprise, and a certificate number belongs to one enterprise only.
 */
import type { ImportIssue } from '../ingest/import-issue.ts';
import type { CertificationInput } from '../records/certification.ts';
import type { RecordKindId } from '../records/record-kinds.ts';
import type { Db } from '../store/open-database.ts';

export interface CheckedRow {
  row: number;
  sheet: string | null;
  record: unknown;
}

export async function storeIssues(db: Db, kind: RecordKindId, file: string, rows: readonly CheckedRow[]): Promise<ImportIssue[]> {
  if (kind !== 'annual' && kind !== 'certifications') return [];
  const issues: ImportIssue[] = [];
  const codes = [...new Set(rows.map((r) => (r.record as { creditCode: string }).creditCode))];
  const known = new Set<string>();
  for (let i = 0; i < codes.length; i += 500) {
    const found = await db.selectFrom('enterprises').select('creditCode').where('creditCode', 'in', codes.slice(i, i + 500)).execute();
    for (const f of found) known.add(f.creditCode);
  }
  for (const { row, sheet, record } of rows) {
    const code = (record as { creditCode: string }).creditCode;
    if (!known.has(code)) {
      issues.push({
        severity: 'error',
        code: 'unknown_enterprise',
        file,
        sheet,
        row,
        column: null,
        field: 'credit_code',
        value: code,
        expected: { zh: '已登记企业的统一社会信用代码（请先导入企业名录）', en: 'the credit code of a registered enterprise (import the enterprises first)' },
        message: {
          zh: `第${row}行：统一社会信用代码“${code}”的企业尚未登记，请先导入企业名录`,
          en: `row ${row}: no enterprise with the credit code ${code} is registered; import the enterprises first`,
        },
      });
    }
  }
  if (kind === 'certifications') {
    const numbered = rows.filter((r) => (r.record as CertificationInput).certificateNo);
    const numbers = [...new Set(numbered.map((r) => (r.record as CertificationInput).certificateNo!))];
    const holders = new Map<string, string>();
    for (let i = 0; i < numbers.length; i += 500) {
      const found = await db
        .selectFrom('certifications')
        .select(['certificateNo', 'creditCode', 'kind'])
        .where('certificateNo', 'in', numbers.slice(i, i + 500))
        .execute();
      for (const f of found) holders.set(`${f.kind}|${f.certificateNo}`, f.creditCode);
    }
    for (const { row, sheet, record } of numbered) {
      const c = record as CertificationInput;
      const holder = holders.get(`${c.kind}|${c.certificateNo}`);
      if (holder && holder !== c.creditCode) {
        issues.push({
          severity: 'error',
          code: 'certificate_taken',
          file,
          sheet,
          row,
          column: null,
          field: 'certificate_no',
          value: c.certificateNo,
          expected: { zh: '未被其他企业使用的证书编号', en: 'a certificate number no other enterprise holds' },
          message: {
            zh: `第${row}行：证书编号“${c.certificateNo}”已登记在企业 ${holder} 名下`,
            en: `row ${row}: certificate ${c.certificateNo} is already registered to enterprise ${holder}`,
          },
        });
      }
    }
  }
  return issues;
}
