/**
 * Every problem of an uploaded file, placed where it is: sheet, row, column, the value found,
 * what was expected and the message, in the reader's language. The API lists the first 100;
 * its message says how many there are in all.
 */
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ErrorDetail } from '../../api/client.ts';
import type { Text } from '../../api/text.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { dataNs } from './messages.ts';

export interface FileIssue {
  sheet?: string | null;
  row?: number | null;
  column?: string | null;
  field?: string | null;
  value?: unknown;
  expected?: Text | null;
  message?: Text | null;
}

export function issuesOf(details: readonly ErrorDetail[]): FileIssue[] {
  return details.map((d) => ({
    sheet: typeof d.sheet === 'string' ? d.sheet : null,
    row: d.row ?? null,
    column: d.column ?? null,
    field: d.field ?? null,
    value: d.value,
    expected: d.expected ?? null,
    message: d.message ?? null,
  }));
}

export function ImportIssuesTable({ issues, title, testId }: { issues: FileIssue[]; title: string; testId: string }) {
  const { t } = useTranslation(dataNs);
  const { text } = useLang();
  return (
    <Table<FileIssue & { index: number }>
      size="small"
      data-testid={testId}
      rowKey="index"
      dataSource={issues.map((issue, index) => ({ ...issue, index }))}
      pagination={issues.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      title={() => (
        <Typography.Title level={3} style={{ fontSize: 15, margin: 0 }}>
          {title}
        </Typography.Title>
      )}
      columns={[
        { title: t('import.issue.row'), key: 'row', width: 70, render: (_, i) => i.row ?? '—' },
        {
          title: t('import.issue.column'),
          key: 'column',
          width: 140,
          // A missing column has no column of its own: the field names it.
          render: (_, i) => i.column ?? (i.field ? <Typography.Text type="secondary">{i.field}</Typography.Text> : '—'),
        },
        { title: t('import.issue.value'), key: 'value', width: 140, render: (_, i) => (i.value === undefined || i.value === null || i.value === '' ? '—' : <code>{String(i.value)}</code>) },
        { title: t('import.issue.expected'), key: 'expected', render: (_, i) => (i.expected ? text(i.expected) : '—') },
        { title: t('import.issue.message'), key: 'message', render: (_, i) => (i.message ? text(i.message) : '—') },
      ]}
    />
  );
}
