/**
 * The audit trail of one value (GET /api/observations/:id/history): every entry, change,
 * workflow step — who, when, through what, why, and each field's old → new value.
 */
import { Descriptions, Drawer, Flex, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry, Observation } from '../../api/types.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { formatTime } from '../../format/date-time.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { dataNs } from './messages.ts';
import { ObservationStatusTag } from './ObservationStatusTag.tsx';
import { useObservationHistory } from './observations-api.ts';
import { placeLabel } from './places.ts';
import { formatInUnit } from './unit-format.ts';
import type { DataPlan } from './use-data-plan.ts';

const ACTION_COLOR: Record<string, string> = { create: 'blue', update: 'blue', submit: 'blue', 'approve-region': 'cyan', approve: 'green', return: 'orange', reopen: 'red' };

export function HistoryDrawer({ observation, plan, onClose }: { observation: Observation | null; plan: DataPlan; onClose: () => void }) {
  const { t } = useTranslation([dataNs, 'common']);
  const { text, lang } = useLang();
  const history = useObservationHistory(observation?.id ?? null);
  const series = observation ? plan.seriesById.get(observation.indicatorId) : undefined;
  return (
    <Drawer open={observation !== null} onClose={onClose} size={560} title={t('history.title')} data-testid="history-drawer">
      {observation ? (
        <Flex vertical gap={16}>
          <Descriptions
            size="small"
            column={1}
            bordered
            items={[
              { key: 'series', label: t('col.series'), children: text(plan.seriesName(observation.indicatorId)) },
              { key: 'place', label: t('common:field.region'), children: placeLabel(observation, plan.names, text) },
              { key: 'period', label: t('col.period'), children: observation.period },
              { key: 'value', label: t('common:field.value'), children: formatInUnit(observation.value, series?.unit, lang) },
              { key: 'status', label: t('common:field.status'), children: <ObservationStatusTag status={observation.status} regionApproved={observation.regionApproved} /> },
            ]}
          />
          <QueryState query={history} empty={(items) => items.length === 0}>
            {(items) => <Timeline items={[...items].reverse().map((entry) => ({ key: entry.id, color: ACTION_COLOR[entry.action] ?? 'gray', content: (
                  <Flex vertical gap={4}>
                    <EntryTitle entry={entry} />
                    <EntryBody entry={entry} unit={series?.unit} />
                  </Flex>
                ) }))} />}
          </QueryState>
        </Flex>
      ) : null}
    </Drawer>
  );
}

function EntryTitle({ entry }: { entry: HistoryEntry }) {
  const { t } = useTranslation(dataNs);
  return (
    <Flex gap={8} wrap align="baseline">
      <Typography.Text strong>{t(`action.${entry.action}`, { defaultValue: entry.action })}</Typography.Text>
      <Typography.Text>{entry.actor}</Typography.Text>
      <Typography.Text type="secondary">{formatTime(entry.at)}</Typography.Text>
      {entry.origin ? <Tag>{originLabel(entry.origin, t)}</Tag> : null}
    </Flex>
  );
}

function originLabel(origin: string, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (origin.startsWith('import:')) return t('origin.import', { file: origin.slice('import:'.length) });
  return t(`origin.${origin}`, { defaultValue: origin });
}

function empty(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

function EntryBody({ entry, unit }: { entry: HistoryEntry; unit: DataPlan['series'][number]['unit'] | undefined }) {
  const { t } = useTranslation(dataNs);
  const { lang } = useLang();
  const show = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '—';
    if (field === 'value' && typeof value === 'number') return formatInUnit(value, unit, lang);
    if (field === 'status' && typeof value === 'string') return t(`status.${value}`, { defaultValue: value });
    if (typeof value === 'boolean') return value ? t('yes') : t('no');
    return String(value);
  };
  return (
    <Flex vertical gap={2}>
      {entry.reason ? (
        <Typography.Text type="warning">
          {t('history.reason')}{t('colon')}{entry.reason}
        </Typography.Text>
      ) : null}
      {entry.changes.filter((change) => !(empty(change.old) && empty(change.new))).map((change) => (
        <Typography.Text key={change.field} type="secondary">
          {t(`changeField.${change.field}`, { defaultValue: change.field })}{t('colon')}{show(change.field, change.old)} → {show(change.field, change.new)}
        </Typography.Text>
      ))}
    </Flex>
  );
}
