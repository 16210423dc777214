/** Which assumption a line's growth comes from, with the reason in its tooltip. */
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssumptionLabel } from './scenario-model.ts';
import { scenarioNs } from './messages.ts';

const COLOR: Record<AssumptionLabel, string> = {
  actual: 'blue',
  required: 'gold',
  requiredFromLatest: 'purple',
  manual: 'cyan',
  clusters: 'geekblue',
  driver: 'geekblue',
  none: 'default',
};

export function AssumptionTag({ label }: { label: AssumptionLabel }) {
  const { t } = useTranslation(scenarioNs);
  return (
    <Tooltip title={t(`assumptionHint.${label}`)}>
      <Tag color={COLOR[label]} data-assumption={label} style={{ marginInlineEnd: 0 }}>
        {t(`assumption.${label}`)}
      </Tag>
    </Tooltip>
  );
}
