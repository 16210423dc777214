/** How the projection is computed, in three short paragraphs (compound growth from the latest value). */
import { InfoCircleOutlined } from '@ant-design/icons';
import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { scenarioNs } from './messages.ts';

export function MethodNote({ targetYear }: { targetYear: number }) {
  const { t } = useTranslation(scenarioNs);
  return (
    <Card
      size="small"
      title={
        <span>
          <InfoCircleOutlined /> {t('methodTitle')}
        </span>
      }
      data-testid="scenario-method"
    >
      <Typography.Paragraph style={{ marginBottom: 8 }}>{t('method1', { targetYear })}</Typography.Paragraph>
      <Typography.Paragraph style={{ marginBottom: 8 }}>{t('method2')}</Typography.Paragraph>
      <Typography.Paragraph style={{ marginBottom: 0 }}>{t('method3')}</Typography.Paragraph>
    </Card>
  );
}
