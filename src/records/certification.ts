/** A certificate an enterprise holds: a tier of the cultivation ladder or a status such as 规上. */
import type { RecordKind } from './field-spec.ts';

export const certificationKinds = ['hte', 'tech-sme', 'innovative-sme', 'srdi-sme', 'little-giant', 'single-champion', 'above-size'] as const;
export type CertificationKindId = (typeof certificationKinds)[number];

export interface CertificationInput {
  creditCode: string;
  kind: CertificationKindId;
  certificateNo: string | null;
  issuedOn: string;
  expiresOn: string | null;
}

export const certificationKind: RecordKind = {
  id: 'certifications',
  name: { zh: '企业认定', en: 'Certifications' },
  naturalKey: ['credit_code', 'kind', 'issued_on'],
  fields: [
    { key: 'credit_code', label: { zh: '统一社会信用代码', en: 'Credit code' }, aliases: ['信用代码'], type: 'credit-code', required: true },
    {
      key: 'kind',
      label: { zh: '认定类型', en: 'Kind' },
      aliases: ['类型', '资质'],
      type: 'enum',
      required: true,
      values: [
        { value: 'hte', label: { zh: '高新技术企业', en: 'high-tech enterprise' } },
        { value: 'tech-sme', label: { zh: '科技型中小企业', en: 'tech-based SME' } },
        { value: 'innovative-sme', label: { zh: '创新型中小企业', en: 'innovative SME' } },
        { value: 'srdi-sme', label: { zh: '专精特新中小企业', en: 'SRDI SME' } },
        { value: 'little-giant', label: { zh: '专精特新“小巨人”企业', en: 'little giant' } },
        { value: 'single-champion', label: { zh: '制造业单项冠军', en: 'single-product champion' } },
        { value: 'above-size', label: { zh: '规模以上企业', en: 'above designated size' } },
      ],
    },
    { key: 'certificate_no', label: { zh: '证书编号', en: 'Certificate no.' }, aliases: ['证书号'], type: 'string', required: false },
    { key: 'issued_on', label: { zh: '发证日期', en: 'Issued on' }, aliases: ['认定日期', '发证时间'], type: 'date', required: true },
    { key: 'expires_on', label: { zh: '有效期至', en: 'Expires on' }, aliases: ['到期日期', '有效期截止'], type: 'date', required: false },
  ],
};
