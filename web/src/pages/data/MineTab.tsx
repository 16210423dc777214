/**
 * 我的报送: the values this officer entered or submitted (GET /api/observations?enteredBy=),
 * newest first, by status — drafts still to submit, submitted and waiting, returned with the
 * reason, approved. A draft or returned value opens in the entry form or is submitted here.
 */
import { EditOutlined, SendOutlined } from '@ant-design/icons';
import { App, Button, Flex, Segmented, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Observation, User } from '../../api/types.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { SectionTitle } from '../../components/SectionTitle.tsx';
import { useRowWrite } from '../../components/use-row-write.ts';
import { formatTime } from '../../format/date-time.ts';
import { entryLink } from './CalendarTab.tsx';
import { mayStep } from './data-access.ts';
import { HistoryDrawer } from './HistoryDrawer.tsx';
import { dataNs } from './messages.ts';
import { useObservationColumns } from './observation-columns.tsx';
import { ObservationStatusTag } from './ObservationStatusTag.tsx';
import { stepObservation, useAfterWrite, useObservations } from './observations-api.ts';
import type { DataPlan } from './use-data-plan.ts';

type Filter = 'all' | Observation['status'];
const ORDER: Observation['status'][] = ['returned', 'draft', 'submitted', 'approved'];

export function MineTab({ plan, user }: { plan: DataPlan; user: User }) {
  const mine = useObservations({ enteredBy: user.username });
  return <QueryState query={mine}>{(items) => <MineTable plan={plan} user={user} items={items} />}</QueryState>;
}

function MineTable({ plan, user, items }: { plan: DataPlan; user: User; items: Observation[] }) {
  const { t } = useTranslation([dataNs, 'common']);
  const { message } = App.useApp();
  const afterWrite = useAfterWrite();
  const { busy, run } = useRowWrite<number>();
  const [history, setHistory] = useState<Observation | null>(null);
  const columns = useObservationColumns(plan, setHistory);
  const counts = useMemo(() => Object.fromEntries(ORDER.map((s) => [s, items.filter((o) => o.status === s).length])) as Record<Observation['status'], number>, [items]);
  // Returned values first: they wait for this officer.
  const [filter, setFilter] = useState<Filter>(counts.returned > 0 ? 'returned' : 'all');
  const shown = useMemo(
    () => items.filter((o) => filter === 'all' || o.status === filter).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id - b.id),
    [items, filter],
  );

  const submit = (o: Observation) =>
    run(o.id, async () => {
      await stepObservation(o.id, 'submit');
      void message.success(t('mine.submittedOne'));
      await afterWrite();
    });

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
        title={() => <SectionTitle>{t('mine.title', { count: shown.length })}</SectionTitle>}
        columns={[
          columns.seriesWithPlace(),
          columns.value(160),
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
                {columns.historyButton(o)}
              </Flex>
            ),
          },
        ]}
      />
      <HistoryDrawer observation={history} plan={plan} onClose={() => setHistory(null)} />
    </Flex>
  );
}
