/**
 * The values waiting for this user's approval (GET /api/observations?status=submitted, kept
 * to those the policy lets this user approve now), with last year's approved value beside
 * each, the change flagged when large; approve one, approve a selection, or return one with
 * a reason.
 */
import { CheckOutlined, InfoCircleOutlined, RollbackOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Empty, Flex, Popconfirm, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Observation, User } from '../../api/types.ts';
import { QueryState, errorText } from '../../components/QueryState.tsx';
import { SectionTitle } from '../../components/SectionTitle.tsx';
import { useRowWrite } from '../../components/use-row-write.ts';
import { formatTime } from '../../format/date-time.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { approvalLevels, approvalStep, mayStep } from './data-access.ts';
import { HistoryDrawer } from './HistoryDrawer.tsx';
import { dataNs } from './messages.ts';
import { useObservationColumns } from './observation-columns.tsx';
import { ObservationStatusTag } from './ObservationStatusTag.tsx';
import { stepObservation, useAfterWrite, useObservations } from './observations-api.ts';
import { placeLabel } from './places.ts';
import { ReasonDialog } from './ReasonDialog.tsx';
import { PlaceFilter, SeriesFilter } from './ReviewFilters.tsx';
import { usePreviousApproved } from './use-previous-values.ts';
import type { DataPlan } from './use-data-plan.ts';
import { previousPeriod, valueChange } from './value-change.ts';
import { ValueChangeText } from './ValueChangeText.tsx';

export function useApprovalQueue(user: User) {
  const submitted = useObservations({ status: 'submitted' });
  const actionable = useMemo(() => (submitted.data ?? []).filter((o) => mayStep(user, o, approvalStep(o))), [submitted.data, user]);
  return { submitted, actionable };
}

export function PendingQueue({ plan, user }: { plan: DataPlan; user: User }) {
  const { submitted, actionable } = useApprovalQueue(user);
  return (
    <QueryState query={submitted}>
      {(all) => <QueueTable plan={plan} user={user} queue={actionable} waitingElsewhere={all.length - actionable.length} />}
    </QueryState>
  );
}

function QueueTable({ plan, user, queue, waitingElsewhere }: { plan: DataPlan; user: User; queue: Observation[]; waitingElsewhere: number }) {
  const { t } = useTranslation([dataNs, 'common']);
  const { text } = useLang();
  const { message } = App.useApp();
  const afterWrite = useAfterWrite();
  const { previousOf } = usePreviousApproved(queue);
  const [region, setRegion] = useState<string | null>(null);
  const [series, setSeries] = useState<string | null>(null);
  const [largeOnly, setLargeOnly] = useState(false);
  const [selected, setSelected] = useState<number[]>([]);
  const { busy, setBusy, run } = useRowWrite<number | 'bulk'>();
  const [returning, setReturning] = useState<Observation | null>(null);
  const [history, setHistory] = useState<Observation | null>(null);
  const columns = useObservationColumns(plan, setHistory);

  const changeOf = (o: Observation) => valueChange(previousOf(o)?.value, o.value, { percentUnit: plan.seriesById.get(o.indicatorId)?.percent ?? false });
  const shown = queue.filter((o) => (region === null || o.regionCode === region) && (series === null || o.indicatorId === series) && (!largeOnly || changeOf(o)?.large === true));
  const selectedShown = selected.filter((id) => shown.some((o) => o.id === id));

  const approve = (o: Observation) =>
    run(o.id, async () => {
      await stepObservation(o.id, approvalStep(o));
      void message.success(t('review.approvedOne', { name: text(plan.seriesName(o.indicatorId)), place: placeLabel(o, plan.names, text), period: o.period }));
      setSelected((ids) => ids.filter((id) => id !== o.id));
      await afterWrite();
    });

  async function approveSelected() {
    setBusy('bulk');
    let done = 0;
    const refused: string[] = [];
    for (const o of queue.filter((q) => selectedShown.includes(q.id))) {
      try {
        await stepObservation(o.id, approvalStep(o));
        done++;
      } catch (e) {
        refused.push(`${text(plan.seriesName(o.indicatorId))} · ${placeLabel(o, plan.names, text)} · ${o.period}: ${errorText(e, text)}`);
      }
    }
    setSelected([]);
    await afterWrite();
    setBusy(null);
    if (refused.length === 0) void message.success(t('review.approvedMany', { count: done }));
    else
      void message.warning({
        content: (
          <div style={{ textAlign: 'start' }}>
            {[t('review.approvedSome', { count: done, failed: refused.length }), ...refused].map((line) => (
              <div key={line}>{line}</div>
            ))}
          </div>
        ),
        duration: 8,
      });
  }

  const regions = [...new Set(queue.map((o) => o.regionCode))];
  const seriesIds = [...new Set(queue.map((o) => o.indicatorId))];

  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{approvalLevels(user).includes('province') ? t('review.provinceHint') : t('review.regionHint')}</Typography.Text>
      {waitingElsewhere > 0 ? <Alert type="info" showIcon icon={<InfoCircleOutlined />} title={t('review.waitingElsewhere', { count: waitingElsewhere })} /> : null}
      {queue.length > 0 ? (
      <Flex gap={12} wrap align="center" justify="space-between">
        <Flex gap={12} wrap align="center">
          <PlaceFilter plan={plan} codes={regions} value={region} onChange={setRegion} />
          <SeriesFilter plan={plan} ids={seriesIds} value={series} onChange={setSeries} minWidth={240} />
          <Checkbox checked={largeOnly} onChange={(e) => setLargeOnly(e.target.checked)}>
            {t('review.largeOnly')}
          </Checkbox>
        </Flex>
        <Popconfirm
          title={t('review.bulkConfirm', { count: selectedShown.length })}
          okText={t('review.approve')}
          cancelText={t('common:action.cancel')}
          onConfirm={() => void approveSelected()}
          disabled={selectedShown.length === 0}
        >
          <Button type="primary" icon={<CheckOutlined />} disabled={selectedShown.length === 0 || busy !== null} loading={busy === 'bulk'} data-testid="review-bulk">
            {t('review.bulk', { count: selectedShown.length })}
          </Button>
        </Popconfirm>
      </Flex>
      ) : null}
      {queue.length === 0 ? (
        <Empty description={t('review.empty')} data-testid="review-empty" />
      ) : (
        <Table<Observation>
          size="middle"
          rowKey="id"
          data-testid="review-table"
          dataSource={shown}
          pagination={shown.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          rowSelection={{ selectedRowKeys: selectedShown, onChange: (keys) => setSelected(keys as number[]), columnTitle: undefined }}
          title={() => <SectionTitle>{t('review.queueTitle', { count: shown.length })}</SectionTitle>}
          columns={[
            columns.seriesWithPlace(260),
            columns.value(150, true),
            {
              title: t('review.againstPrevious'),
              key: 'change',
              width: 280,
              render: (_, o) => {
                const change = changeOf(o);
                return change ? (
                  <ValueChangeText change={change} unit={plan.seriesById.get(o.indicatorId)?.unit} />
                ) : (
                  <Typography.Text type="secondary">{t('review.noPrevious', { period: previousPeriod(o.period) })}</Typography.Text>
                );
              },
            },
            {
              title: t('review.submitted'),
              key: 'submitted',
              width: 200,
              render: (_, o) => (
                <Flex vertical gap={2}>
                  <Typography.Text>{o.submittedBy ?? o.createdBy}</Typography.Text>
                  <Typography.Text type="secondary">{formatTime(o.submittedAt)}</Typography.Text>
                  {o.regionApproved ? <ObservationStatusTag status={o.status} regionApproved /> : null}
                </Flex>
              ),
            },
            { title: t('review.note'), key: 'note', width: 160, render: (_, o) => (o.note ? <Typography.Text ellipsis={{ tooltip: o.note }}>{o.note}</Typography.Text> : '—') },
            {
              title: t('col.actions'),
              key: 'actions',
              width: 250,
              render: (_, o) => (
                <Flex gap={4} wrap>
                  <Button size="small" type="primary" icon={<CheckOutlined />} loading={busy === o.id} disabled={busy !== null} onClick={() => void approve(o)} data-testid="review-approve">
                    {approvalStep(o) === 'approve-region' ? t('review.approveRegion') : t('review.approve')}
                  </Button>
                  <Button size="small" danger icon={<RollbackOutlined />} disabled={busy !== null || !mayStep(user, o, 'return')} onClick={() => setReturning(o)} data-testid="review-return">
                    {t('review.return')}
                  </Button>
                  {columns.historyButton(o)}
                </Flex>
              ),
            },
          ]}
        />
      )}
      {queue.length > 0 && shown.length === 0 ? <Tag>{t('review.noneInFilter')}</Tag> : null}
      <ReasonDialog observation={returning} step="return" plan={plan} onClose={() => setReturning(null)} />
      <HistoryDrawer observation={history} plan={plan} onClose={() => setHistory(null)} />
    </Flex>
  );
}
