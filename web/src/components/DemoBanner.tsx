/** Shown on every page while the store holds generated demo data, so no one quotes it as real. */
import { ExperimentOutlined } from '@ant-design/icons';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../app/settings.ts';

export function DemoBanner() {
  const { t } = useTranslation();
  const settings = useSettings();
  if (!settings.data?.demoData) return null;
  return <Alert banner type="warning" icon={<ExperimentOutlined />} title={t('demo.banner')} data-testid="demo-banner" role="status" />;
}
