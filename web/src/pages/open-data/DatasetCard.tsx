/**
 * One open-data file: what it holds, its filters, a download button per format (the file
 * keeps the server's name), the address a program can read it from, and its columns.
 */
import { DownloadOutlined, TableOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { apiDownload, withQuery } from '../../api/client.ts';
import { errorText } from '../../components/QueryState.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { openDataNs } from './messages.ts';

export interface DatasetFile {
  /** indicators.csv … */
  name: string;
  path: string;
  query?: Record<string, string | number | undefined>;
}

export interface DatasetCardProps {
  id: string;
  title: string;
  description: string;
  files: DatasetFile[];
  filters?: ReactNode;
  /** Shows this file's columns (below the cards, full width: a narrow card cannot hold them). */
  onShowColumns: () => void;
  /** Disables the downloads (e.g. a required filter is missing). */
  disabled?: boolean;
}

export function DatasetCard({ id, title, description, files, filters, onShowColumns, disabled = false }: DatasetCardProps) {
  const { t } = useTranslation(openDataNs);
  const { text } = useLang();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);

  async function download(file: DatasetFile) {
    setBusy(file.name);
    try {
      await apiDownload(file.path, file.query, file.name);
    } catch (error) {
      void message.error(`${t('downloadFailed')}: ${errorText(error, text)}`);
    } finally {
      setBusy(null);
    }
  }

  return (
    <Card title={title} data-testid={`dataset-${id}`} style={{ height: '100%' }}>
      <Typography.Paragraph>{description}</Typography.Paragraph>
      {filters ? <div style={{ marginBottom: 12 }}>{filters}</div> : null}
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        {files.map((file) => (
          <Button
            key={file.name}
            icon={<DownloadOutlined />}
            loading={busy === file.name}
            disabled={disabled}
            onClick={() => void download(file)}
            aria-label={t('download', { file: file.name })}
            data-testid={`download-${file.name}`}
          >
            {file.name}
          </Button>
        ))}
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('address')}
      </Typography.Text>
      <Flex vertical gap={2} style={{ marginBottom: 12 }}>
        {files.map((file) => (
          // Shown short (the path), copied whole (with the server's address) for a program to use.
          <Typography.Text key={file.name} copyable={{ text: `${window.location.origin}${withQuery(file.path, file.query)}` }} code style={{ fontSize: 12, wordBreak: 'break-all' }}>
            {withQuery(file.path, file.query)}
          </Typography.Text>
        ))}
      </Flex>
      <div>
        <Button type="link" size="small" icon={<TableOutlined />} onClick={onShowColumns} style={{ paddingInline: 0 }} data-testid={`columns-${id}`}>
          {t('columns')}
        </Button>
      </div>
    </Card>
  );
}
