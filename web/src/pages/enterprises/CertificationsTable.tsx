/** Every certificate, with its validity in words on the day the page judges (valid, expiring, expired, not yet in force). */
import { Empty, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { EnterpriseDetail } from '../../api/types.ts';
import { validityOn, type Validity } from './certificate-validity.ts';
import { CertificationTag } from './CertificationTags.tsx';
import { enterprisesNs } from './messages.ts';

type Certificate = EnterpriseDetail['certifications'][number];

const VALIDITY_COLOR: Record<Validity, string> = { valid: 'success', expiring: 'warning', expired: 'default', 'not-yet': 'processing' };

export function CertificationsTable({ certifications, at }: { certifications: Certificate[]; at: string }) {
  const { t } = useTranslation(enterprisesNs);
  if (certifications.length === 0) return <Empty description={t('cert.none')} />;
  const rows = [...certifications].sort((a, b) => b.issuedOn.localeCompare(a.issuedOn));
  const columns: ColumnsType<Certificate> = [
    { key: 'kind', title: t('cert.kind'), render: (_, c) => <CertificationTag kind={c.kind} /> },
    { key: 'no', title: t('cert.no'), render: (_, c) => c.certificateNo ?? '—' },
    { key: 'issued', title: t('cert.issued'), dataIndex: 'issuedOn', width: 120 },
    { key: 'expires', title: t('cert.expires'), width: 120, render: (_, c) => c.expiresOn ?? t('cert.noExpiry') },
    {
      key: 'validity',
      title: t('cert.validityOn', { at }),
      width: 220,
      render: (_, c) => {
        const v = validityOn(c, at);
        const words = v.validity === 'valid' ? (v.days === null ? t('cert.valid') : t('cert.validFor', { days: v.days })) : t(`cert.${v.validity}`, { days: v.days });
        return (
          <Tag color={VALIDITY_COLOR[v.validity]} data-validity={v.validity}>
            {words}
          </Tag>
        );
      },
    },
  ];
  return <Table<Certificate> rowKey={(c) => `${c.kind}|${c.issuedOn}`} size="small" columns={columns} dataSource={rows} pagination={false} data-testid="cert-table" />;
}
