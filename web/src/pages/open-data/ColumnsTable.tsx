/** A file's columns: name (and JSON field where it differs), type, and what it holds — in both languages, the page's first. */
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang.ts';
import type { ColumnDoc } from './dataset-columns.ts';
import { openDataNs } from './messages.ts';

export function ColumnsTable({ columns, file }: { columns: ColumnDoc[]; file: string }) {
  const { t } = useTranslation(openDataNs);
  const { lang } = useLang();
  const other = lang === 'zh' ? 'en' : 'zh';
  return (
    <Table<ColumnDoc>
      size="small"
      rowKey="name"
      pagination={false}
      dataSource={columns}
      caption={<Typography.Text type="secondary">{t('columnsOf', { file })}</Typography.Text>}
      columns={[
        {
          title: t('col.name'),
          dataIndex: 'name',
          width: 170,
          render: (name: string, c) => (
            <>
              <Typography.Text code>{name}</Typography.Text>
              {c.json && c.json !== name ? (
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('jsonField', { field: c.json })}
                  </Typography.Text>
                </div>
              ) : null}
            </>
          ),
        },
        { title: t('col.type'), dataIndex: 'type', width: 80, render: (type: ColumnDoc['type']) => t(`type.${type}`) },
        {
          title: t('col.description'),
          key: 'description',
          render: (_, c) => (
            <>
              <div>{c.description[lang]}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }} lang={other === 'zh' ? 'zh-CN' : 'en'}>
                {c.description[other]}
              </Typography.Text>
            </>
          ),
        },
      ]}
    />
  );
}
