/** The columns of a record kind's file: header (and the other headers accepted), type, unit, whether required. */
import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang.ts';
import { numberExpected } from '../../../../src/ingest/field-parser.ts';
import type { FieldSpec, RecordKind } from '../../../../src/records/field-spec.ts';
import { dataNs } from './messages.ts';

export function ImportColumns({ kind }: { kind: RecordKind }) {
  const { t } = useTranslation(dataNs);
  const { text, lang } = useLang();
  const natural = new Set(kind.naturalKey);
  return (
    <Table<FieldSpec>
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={[...kind.fields]}
      title={() => (
        <Typography.Title level={3} style={{ fontSize: 15, margin: 0 }}>
          {t('import.columns', { kind: text(kind.name) })}
        </Typography.Title>
      )}
      columns={[
        {
          title: t('import.col.header'),
          key: 'header',
          render: (_, f) => (
            <span>
              <Typography.Text strong>{lang === 'zh' ? f.label.zh : `${f.label.en} (${f.label.zh})`}</Typography.Text>
              {natural.has(f.key) ? (
                <Tag color="blue" style={{ marginInlineStart: 6 }}>
                  {t('import.col.key')}
                </Tag>
              ) : null}
            </span>
          ),
        },
        { title: t('import.col.aliases'), key: 'aliases', render: (_, f) => <Typography.Text type="secondary">{[f.key, ...f.aliases].join(lang === 'zh' ? '、' : ', ')}</Typography.Text> },
        {
          title: t('import.col.type'),
          key: 'type',
          render: (_, f) => {
            if (f.type === 'enum' && f.values) return f.values.map((v) => text(v.label)).join(lang === 'zh' ? '、' : ', ');
            // Numbers say their range and unit as the import's messages do: 不小于0的整数（单位：人）.
            if (f.type === 'number' || f.type === 'integer') {
              return text(numberExpected({ integer: f.type === 'integer', ...(f.min === undefined ? {} : { min: f.min }), ...(f.max === undefined ? {} : { max: f.max }), ...(f.unit ? { unit: f.unit } : {}) }));
            }
            return t(`fieldType.${f.type}`);
          },
        },
        { title: t('import.col.required'), key: 'required', width: 90, render: (_, f) => (f.required ? <Tag color="red">{t('import.col.yes')}</Tag> : t('import.col.no')) },
      ]}
    />
  );
}
