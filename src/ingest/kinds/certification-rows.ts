/** Certification rows: a certificate an enterprise holds; it must expire after it was issued. */
import type { CertificationInput, CertificationKindId } from '../../records/certification.ts';
import type { KindRows } from './kind-rows.ts';

export const certificationRows: KindRows<CertificationInput> = {
  build(r) {
    const creditCode = r.get<string>('credit_code');
    const kind = r.get<CertificationKindId>('kind');
    const certificateNo = r.get<string>('certificate_no');
    const issuedOn = r.get<string>('issued_on');
    const expiresOn = r.get<string>('expires_on');
    if (issuedOn !== null && expiresOn !== null && expiresOn <= issuedOn) {
      r.rowIssue(['expires_on', 'issued_on'], 'expires_before_issued', {
        zh: `“${r.header('expires_on')}”（${expiresOn}）应晚于“${r.header('issued_on')}”（${issuedOn}）`,
        en: `${r.header('expires_on')} (${expiresOn}) must come after ${r.header('issued_on')} (${issuedOn})`,
      });
    }
    if (r.failed || creditCode === null || kind === null || issuedOn === null) return null;
    return { creditCode, kind, certificateNo, issuedOn, expiresOn };
  },
  key: (c) => `${c.creditCode}|${c.kind}|${c.issuedOn}`,
};
