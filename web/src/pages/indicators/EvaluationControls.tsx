/**
 * The year to evaluate and, for roles that may see them, whether submitted values not yet
 * approved count. Both live in the address (see evaluation-view.ts).
 */
import { Flex, Select, Switch, Tooltip, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvaluationView } from './evaluation-view.ts';
import { indicatorsNs } from './messages.ts';

export function EvaluationControls({ view }: { view: EvaluationView }) {
  const { t } = useTranslation([indicatorsNs, 'common']);
  const yearId = useId();
  const pendingId = useId();
  return (
    <Flex gap={16} align="center" wrap>
      <Flex gap={8} align="center">
        <Typography.Text id={yearId}>{t('controls.year')}</Typography.Text>
        <Select
          aria-labelledby={yearId}
          value={view.year}
          onChange={view.setYear}
          style={{ width: 112 }}
          options={view.years.map((year) => ({ value: year, label: t('controls.yearOption', { year }) }))}
          data-testid="year-select"
        />
      </Flex>
      {view.mayIncludePending ? (
        <Tooltip title={t('controls.pendingHelp')}>
          <Flex gap={8} align="center">
            <Switch id={pendingId} checked={view.includePending} onChange={view.setIncludePending} size="small" data-testid="pending-switch" />
            <label htmlFor={pendingId}>{t('controls.pending')}</label>
          </Flex>
        </Tooltip>
      ) : null}
    </Flex>
  );
}
