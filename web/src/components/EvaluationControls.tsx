/**
 * The year to evaluate and, for roles that may see them, whether submitted values not yet
 * approved count. Both live in the address (see app/evaluation-view.ts).
 */
import { Flex, Switch, Tooltip } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvaluationView } from '../app/evaluation-view.ts';
import { YearSelect } from './YearSelect.tsx';

export function EvaluationControls({ view }: { view: EvaluationView }) {
  const { t } = useTranslation();
  const pendingId = useId();
  return (
    <Flex gap={16} align="center" wrap>
      <YearSelect year={view.year} years={view.years} onChange={view.setYear} />
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
