/**
 * The changes an import makes (the API's sample: the first ones), each record named in
 * words — series, region, park and kind by their names rather than their ids — with each
 * changed field's old → new value.
 */
import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../api/types.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { describeKey } from './import-keys.ts';
import { dataNs } from './messages.ts';
import type { DataPlan } from './use-data-plan.ts';

type Sample = ImportPreview['sample'][number];

export function ImportSample({ sample, total, plan, planId, title }: { sample: Sample[]; total: number; plan: DataPlan; planId: string; title: string }) {
  const { t } = useTranslation(dataNs);
  const { text } = useLang();
  const show = (value: unknown) => (value === null || value === undefined || value === '' ? '—' : String(value));
  return (
    <Table<Sample>
      size="small"
      rowKey={(s) => `${s.type}|${s.key}|${s.row}`}
      pagination={false}
      dataSource={sample}
      title={() => (
        <Typography.Title level={3} style={{ fontSize: 15, margin: 0 }}>
          {title} {sample.length < total ? t('import.sampleOf', { shown: sample.length, total }) : null}
        </Typography.Title>
      )}
      columns={[
        { title: t('import.issue.row'), dataIndex: 'row', key: 'row', width: 70 },
        { title: t('import.sampleType'), key: 'type', width: 90, render: (_, s) => <Tag color={s.type === 'insert' ? 'green' : 'blue'}>{t(`import.change.${s.type}`)}</Tag> },
        { title: t('import.sampleKey'), key: 'key', render: (_, s) => describeKey(s.key, plan, planId, text) },
        {
          title: t('import.sampleChanges'),
          key: 'changes',
          render: (_, s) =>
            s.changes.length === 0
              ? '—'
              : s.changes.map((c) => (
                  <div key={c.field}>
                    {t(`changeField.${c.field}`, { defaultValue: c.field })}
                    {t('colon')}
                    {show(c.old)} → {show(c.new)}
                  </div>
                )),
        },
      ]}
    />
  );
}
