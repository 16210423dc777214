/**
 * 我的报送: the values this officer entered or submitted (GET /api/observations?enteredBy=),
 * newest first, by status — drafts still to submit, submitted and waiting, returned with the
 * reason, approved. A draft or returned value opens in the entry form or is submitted here.
 */
import { EditOutlined, HistoryOutlined, SendOutlined } from '@ant-design/icons';
import { App, Button, Flex, Segmented, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Observation, User } from '../../api/types.ts';
import { QueryState, errorText } from '../../components/QueryState.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { entryLink } from './CalendarTab.tsx';
import { mayStep } from './data-access.ts';
import { HistoryDrawer, formatTime } from './HistoryDrawer.tsx';
import { dataNs } from './messages.ts';
import { ObservationStatusTag } from './ObservationStatusTag.tsx';
import { stepObservation, useAfterWrite, useObservations } from './observations-api.ts';
import { placeLabel } from './places.ts';
import { formatInUnit } from './unit-format.ts';
import type { DataPlan } from './use-data-plan.ts';

type Filter = 'all' | Observation['status'];
const ORDER: Observation['status'][] = ['returned', 'draft', 'submitted', 'approved'];

export function MineTab({ plan, user }: { plan: DataPlan; user: User }) {
  const mine = useObservations({ enteredBy: user.username });
  return <QueryState query={mine}>{(items) => <MineTable plan={plan} user={user} items={items} />}</QueryState>;
}

function MineTable({ plan, user, items }: { plan: DataPlan; user: User; items: Observation[] }) {
  const { t } = useTranslation([dataNs, 'common']);
  const { text, lang } = useLang();
  const { message } = App.useApp();
  const afterWrite = useAfterWrite();
  const [busy, setBusy] = useState<number | null>(null);
  const [history, setHistory] = useState<Observation | null>(null);
  const counts = useMemo(() => Object.fromEntries(ORDER.map((s) => [s, items.filter((o) => o.status === s).length])) as Record<Observation['status'], number>, [items]);
  // Returned values first: they wait for this officer.
  const [filter, setFilter] = useState<Filter>(counts.returned > 0 ? 'returned' : 'all');
  const shown = useMemo(
    () => items.filter((o) => filter === 'all' || o.status === filter).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id - b.id),
    [items, filter],
  );

  async function submit(o: Observation) {
    setBusy(o.id);
    try {
      await stepObservation(o.id, 'submit');
      void message.success(t('mine.submittedOne'));
      await afterWrite();
    } catch (e) {
      void message.error(errorText(e, text));
    } finally {
      setBusy(null);
    }
  }

  return (
    <Flex vertical gap={12}>
      <Segmented<Filter>
        aria-label={t('common:field.status')}
        value={filter}
        onChange={setFilter}
        style={{ alignSelf: 'flex-start' }}
        options={[
          { value: 'all', label: t('mine.all', { count: items.length }) },
          ...ORDER.map((s) => ({ value: s, label: `${t(`status.${s}`)} (${counts[s]})` })),
        ]}
      />
      <Table<Observation>
        size="middle"
        rowKey="id"
        dataSource={shown}
        data-testid="mine-table"
        pagination={shown.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        locale={{ emptyText: t('mine.empty') }}
        title={() => (
          <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
            {t('mine.title', { count: shown.length })}
          </Typography.Title>
        )}
        columns={[
          {
            title: t('col.series'),
            key: 'series',
            render: (_, o) => (
              <Flex vertical gap={2}>
                <Typography.Text strong>{text(plan.seriesName(o.indicatorId))}</Typography.Text>
                <Typography.Text type="secondary">
                  {placeLabel(o, plan.names, text)} · {o.period}
                  {o.kind === 'target' ? ` · ${t('kind.target')}` : ''}
                </Typography.Text>
              </Flex>
            ),
          },
          { title: t('common:field.value'), key: 'value', width: 160, render: (_, o) => formatInUnit(o.value, plan.seriesById.get(o.indicatorId)?.unit, lang) },
          {
            title: t('common:field.status'),
            key: 'status',
            render: (_, o) => (
              <Flex vertical gap={2} align="flex-start">
                <ObservationStatusTag status={o.status} regionApproved={o.regionApproved} />
                {o.status === 'returned' && o.returnReason ? (
                  <Typography.Text type="warning" data-testid="mine-return-reason">
                    {t('entry.returnedBecause', { reason: o.returnReason, who: o.returnedBy ?? '', at: formatTime(o.returnedAt) })}
                  </Typography.Text>
                ) : null}
                {o.status === 'approved' ? <Typography.Text type="secondary">{t('mine.approvedBy', { who: o.approvedBy ?? '', at: formatTime(o.approvedAt) })}</Typography.Text> : null}
              </Flex>
            ),
          },
          { title: t('mine.updated'), key: 'updated', width: 150, render: (_, o) => formatTime(o.updatedAt) },
          {
            title: t('col.actions'),
            key: 'actions',
            width: 230,
            render: (_, o) => (
              <Flex gap={4} wrap>
                {o.editable ? (
                  <Link to={entryLink(o)}>
                    <EditOutlined /> {t('mine.edit')}
                  </Link>
                ) : null}
                {mayStep(user, o, 'submit') ? (
                  <Button size="small" icon={<SendOutlined />} loading={busy === o.id} disabled={busy !== null} onClick={() => void submit(o)}>
                    {t('mine.submit')}
                  </Button>
                ) : null}
                <Button size="small" type="text" icon={<HistoryOutlined />} aria-label={t('history.open')} onClick={() => setHistory(o)} />
              </Flex>
            ),
          },
        ]}
      />
      <HistoryDrawer observation={history} plan={plan} onClose={() => setHistory(null)} />
    </Flex>
  );
}
