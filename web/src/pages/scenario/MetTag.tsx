/** Whether a projected value reaches its target: colour, icon and word (never colour alone). */
import { CheckCircleOutlined, CloseCircleOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { scenarioNs } from './messages.ts';

export function MetTag({ met }: { met: boolean | null }) {
  const { t } = useTranslation(scenarioNs);
  if (met === null) return <Tag icon={<QuestionCircleOutlined />} data-met="unknown">{t('unknown')}</Tag>;
  return met ? (
    <Tag color="success" icon={<CheckCircleOutlined />} data-met="true">
      {t('met')}
    </Tag>
  ) : (
    <Tag color="error" icon={<CloseCircleOutlined />} data-met="false">
      {t('missed')}
    </Tag>
  );
}
