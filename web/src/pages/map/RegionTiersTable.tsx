/** The region's enterprises by certificate: certified (registry), candidates and near misses (the cultivation pipeline). */
import { Alert, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../components/QueryState.tsx';
import { certificationName } from '../../format/certificate-names.ts';
import { formatNumber } from '../../format/numbers.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { mapNs } from './messages.ts';
import type { TierRow } from './region-data.ts';

export function RegionTiersTable({ rows, pipelinePending, pipelineError, caption }: { rows: TierRow[]; pipelinePending: boolean; pipelineError: unknown; caption: string }) {
  const { t } = useTranslation([mapNs, 'common']);
  const { lang, text } = useLang();
  const pipelineCell = (value: number | null) => (pipelinePending ? '…' : value === null ? '—' : formatNumber(value, lang));
  const columns: ColumnsType<TierRow> = [
    { title: t('tiers.kind'), key: 'kind', render: (_, r) => text(certificationName(r.kind)) },
    { title: t('tiers.certified'), key: 'certified', align: 'right', render: (_, r) => formatNumber(r.certified, lang) },
    { title: t('tiers.candidates'), key: 'candidates', align: 'right', render: (_, r) => pipelineCell(r.candidates) },
    { title: t('tiers.nearMisses'), key: 'nearMisses', align: 'right', render: (_, r) => pipelineCell(r.nearMisses) },
  ];
  return (
    <>
      <Table<TierRow>
        data-testid="region-tiers"
        rowKey="kind"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        title={() => <Typography.Text type="secondary">{caption}</Typography.Text>}
      />
      {pipelinePending ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('tiers.pipelineLoading')}
        </Typography.Text>
      ) : null}
      {pipelineError ? <Alert type="warning" showIcon title={t('tiers.pipelineError', { message: errorText(pipelineError, text) })} style={{ marginTop: 8 }} /> : null}
    </>
  );
}
