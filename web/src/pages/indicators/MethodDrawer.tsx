/**
 * "How this is computed": a short summary of the evaluation method (docs/methodology.md,
 * 评估方法 · Evaluation methodology) with this plan's own thresholds and tolerance, so a
 * reader can check a status without leaving the page.
 */
import { QuestionCircleOutlined } from '@ant-design/icons';
import { Button, Drawer, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FullEvaluation } from '../../api/types.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { indicatorsNs } from './messages.ts';

const SECTIONS = ['baseline', 'path', 'status', 'schedule', 'projection', 'remaining', 'assigned', 'regions'] as const;

export function MethodDrawer({ settings }: { settings: FullEvaluation['settings'] }) {
  const { t } = useTranslation([indicatorsNs, 'common']);
  const { lang } = useLang();
  const [open, setOpen] = useState(false);
  const values = {
    onTrack: settings.sdgThresholds.onTrack,
    fair: settings.sdgThresholds.fair,
    limited: settings.sdgThresholds.limited,
    tol: settings.scheduleTolerancePct,
    deviation: settings.baselineDeviationPct,
  };
  return (
    <>
      <Button icon={<QuestionCircleOutlined />} onClick={() => setOpen(true)} data-testid="method-button">
        {t('method.open')}
      </Button>
      <Drawer title={t('method.title')} open={open} onClose={() => setOpen(false)} size={560} data-testid="method-drawer">
        <Typography.Paragraph type="secondary">{t('method.source')}</Typography.Paragraph>
        {SECTIONS.map((section) => (
          <section key={section} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
            <Typography.Title level={3} style={{ fontSize: 15 }}>
              {t(`method.${section}.title`)}
            </Typography.Title>
            <Typography.Paragraph>{t(`method.${section}.text`, values)}</Typography.Paragraph>
          </section>
        ))}
      </Drawer>
    </>
  );
}
