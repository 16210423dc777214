/**
 * 生成中期评估报告: downloads GET /api/reports/midterm for the year shown, in the chosen
 * format (Word, PDF, printable HTML) and language. PDF goes through LibreOffice on the
 * server and takes tens of seconds, so the button says it is working and counts the
 * seconds; a failure shows the API's own message.
 */
import { DownOutlined, FileWordOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Space, type MenuProps } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiDownload } from '../../api/client.ts';
import type { Lang } from '../../api/text.ts';
import { errorText } from '../../components/QueryState.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { cockpitNs } from './messages.ts';

export type ReportFormat = 'docx' | 'pdf' | 'html';
const FORMATS: ReportFormat[] = ['docx', 'pdf', 'html'];

function useElapsedSeconds(running: boolean): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    if (!running) return undefined;
    setSeconds(0);
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => clearInterval(timer);
  }, [running]);
  return seconds;
}

export function ReportButton({ year, includePending }: { year: number; includePending: boolean }) {
  const { t } = useTranslation([cockpitNs, 'common']);
  const { lang: pageLang, text } = useLang();
  const { message } = App.useApp();
  const [format, setFormat] = useState<ReportFormat>('docx');
  const [reportLang, setReportLang] = useState<Lang | null>(null);
  const [busy, setBusy] = useState(false);
  const seconds = useElapsedSeconds(busy);
  const lang = reportLang ?? pageLang;

  async function download(chosen: ReportFormat = format, chosenLang: Lang = lang) {
    setBusy(true);
    try {
      await apiDownload(
        '/api/reports/midterm',
        { year, lang: chosenLang, format: chosen, includePending: includePending ? 'true' : undefined },
        `midterm-${year}.${chosen}`,
      );
      void message.success(t('report.done', { year }));
    } catch (error) {
      void message.error({ content: `${t('report.failed')}：${errorText(error, text)}`, duration: 8 });
    } finally {
      setBusy(false);
    }
  }

  const menu: MenuProps = {
    selectable: true,
    multiple: true,
    selectedKeys: [`format:${format}`, `lang:${lang}`],
    items: [
      {
        type: 'group',
        key: 'format',
        label: t('common:report.format'),
        children: FORMATS.map((f) => ({ key: `format:${f}`, label: t(`report.formats.${f}`) })),
      },
      { type: 'divider' },
      {
        type: 'group',
        key: 'lang',
        label: t('common:report.language'),
        children: [
          { key: 'lang:zh', label: '中文' },
          { key: 'lang:en', label: 'English' },
        ],
      },
    ],
    onClick: ({ key }) => {
      const [kind, value] = key.split(':');
      if (kind === 'format') setFormat(value as ReportFormat);
      if (kind === 'lang') setReportLang(value as Lang);
    },
  };

  const label = busy
    ? `${t('common:report.generating')} ${t('report.seconds', { seconds })}${format === 'pdf' ? ` ${t('report.pdfSlow')}` : ''}`
    : t('report.label', { label: t('common:report.midterm'), format: t(`report.formats.${format}`), lang: lang === 'zh' ? '中文' : 'English' });

  return (
    <Space.Compact>
      <Button type="primary" icon={<FileWordOutlined />} loading={busy} onClick={() => void download()} data-testid="report-button" aria-live="polite">
        {label}
      </Button>
      <Dropdown menu={menu} disabled={busy} trigger={['click']}>
        <Button type="primary" icon={<DownOutlined />} aria-label={t('report.options')} data-testid="report-options" />
      </Dropdown>
    </Space.Compact>
  );
}
