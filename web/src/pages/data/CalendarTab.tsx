/**
 * 填报日历: what is due, overdue and done for the user's share (GET /api/calendar — an officer
 * sees its regions or park, province-level users every region), by period and region with
 * the counts, overdue first. Each item opens the entry form on its place and period.
 */
import { CheckCircleOutlined, ClockCircleOutlined, ExclamationCircleOutlined, FormOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Collapse, Empty, Flex, Row, Segmented, Select, Statistic, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiGet } from '../../api/client.ts';
import type { Calendar } from '../../api/types.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { SectionTitle } from '../../components/SectionTitle.tsx';
import { TONE_COLOR } from '../../components/status-style.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { countStates, groupCalendar, type CalendarItem, type CalendarState } from './calendar-groups.ts';
import { CalendarStateTag, StateCounts } from './CalendarStateTag.tsx';
import { dataNs } from './messages.ts';
import { ObservationStatusTag } from './ObservationStatusTag.tsx';
import { placeKey } from './places.ts';
import type { DataPlan } from './use-data-plan.ts';

export const useCalendar = (enabled = true) => useQuery({ queryKey: ['calendar', 'all'], queryFn: () => apiGet<Calendar>('/api/calendar'), enabled });

export function entryLink(item: { regionCode: string; parkId: string | null; period: string; indicatorId?: string }): string {
  const params = new URLSearchParams({ tab: 'entry', place: placeKey(item.regionCode, item.parkId), period: item.period });
  if (item.indicatorId) params.set('series', item.indicatorId);
  return `/data?${params.toString()}`;
}

type StateFilter = 'all' | CalendarState;

export function CalendarTab({ plan, canEnter }: { plan: DataPlan; canEnter: boolean }) {
  const calendar = useCalendar();
  return <QueryState query={calendar}>{(data) => <CalendarView data={data} plan={plan} canEnter={canEnter} />}</QueryState>;
}

function CalendarView({ data, plan, canEnter }: { data: Calendar; plan: DataPlan; canEnter: boolean }) {
  const { t } = useTranslation([dataNs, 'common']);
  const { text } = useLang();
  const [state, setState] = useState<StateFilter>(data.totals.overdue > 0 ? 'overdue' : 'all');
  const [region, setRegion] = useState<string | null>(null);
  const regions = useMemo(() => [...new Set(data.items.map((i) => i.regionCode))], [data.items]);
  // Counts are those of the whole period and region; the state filter only hides rows.
  const groups = useMemo(() => {
    const inRegion = data.items.filter((i) => region === null || i.regionCode === region);
    return groupCalendar(inRegion, plan.province.code)
      .map((g) => ({ ...g, regions: g.regions.map((r) => ({ ...r, items: r.items.filter((i) => state === 'all' || i.state === state) })).filter((r) => r.items.length > 0) }))
      .filter((g) => g.regions.length > 0);
  }, [data.items, state, region, plan.province.code]);
  const scoped = region === null ? data.totals : countStates(data.items.filter((i) => i.regionCode === region));

  if (data.items.length === 0) return <Empty description={t('calendar.none')} />;

  return (
    <Flex vertical gap={16}>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Card size="small">
            <Statistic
              title={t('calendar.totals.overdue')}
              value={scoped.overdue}
              prefix={<ExclamationCircleOutlined />}
              styles={{ content: { color: scoped.overdue > 0 ? TONE_COLOR.error : undefined } }}
            />
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card size="small">
            <Statistic title={t('calendar.totals.due')} value={scoped.due} prefix={<ClockCircleOutlined />} styles={{ content: { color: TONE_COLOR.info } }} />
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card size="small">
            <Statistic title={t('calendar.totals.done')} value={scoped.done} prefix={<CheckCircleOutlined />} styles={{ content: { color: TONE_COLOR.success } }} />
          </Card>
        </Col>
      </Row>
      <Flex gap={12} wrap align="center">
        <Segmented<StateFilter>
          value={state}
          onChange={setState}
          aria-label={t('calendar.filterState')}
          options={[
            { value: 'all', label: t('calendar.filter.all') },
            { value: 'overdue', label: t('calendar.filter.overdue', { count: scoped.overdue }) },
            { value: 'due', label: t('calendar.filter.due', { count: scoped.due }) },
            { value: 'done', label: t('calendar.filter.done', { count: scoped.done }) },
          ]}
        />
        {regions.length > 1 ? (
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ minWidth: 200 }}
            placeholder={t('calendar.allRegions')}
            aria-label={t('common:field.region')}
            value={region}
            onChange={(value) => setRegion(value ?? null)}
            options={regions.map((code) => ({ value: code, label: text(plan.names.region(code)) }))}
          />
        ) : null}
        <Typography.Text type="secondary">{t('calendar.today', { today: data.today })}</Typography.Text>
      </Flex>
      {groups.length === 0 ? <Empty description={t('calendar.noneInFilter')} /> : null}
      {groups.map((group) => (
        <Card
          key={group.period}
          size="small"
          title={
            <Flex gap={12} align="center" wrap>
              <SectionTitle>{t('calendar.period', { period: group.period })}</SectionTitle>
              <StateCounts counts={group.counts} />
            </Flex>
          }
        >
          <Collapse
            size="small"
            defaultActiveKey={group.regions.filter((r) => r.counts.overdue + r.counts.due > 0).map((r) => r.regionCode)}
            items={group.regions.map((r) => ({
              key: r.regionCode,
              label: (
                <Flex gap={12} align="center" wrap>
                  <Typography.Text strong>{text(plan.names.region(r.regionCode))}</Typography.Text>
                  <StateCounts counts={r.counts} />
                  {r.nextDue ? <Typography.Text type="secondary">{t('calendar.nextDue', { date: r.nextDue })}</Typography.Text> : null}
                </Flex>
              ),
              children: <CalendarItems items={r.items} plan={plan} today={data.today} canEnter={canEnter} />,
            }))}
          />
        </Card>
      ))}
    </Flex>
  );
}

function CalendarItems({ items, plan, today, canEnter }: { items: CalendarItem[]; plan: DataPlan; today: string; canEnter: boolean }) {
  const { t } = useTranslation([dataNs, 'common']);
  const { text } = useLang();
  return (
    <Table<CalendarItem>
      size="small"
      pagination={false}
      rowKey={(i) => `${i.indicatorId}|${i.parkId ?? ''}|${i.period}`}
      dataSource={items}
      columns={[
        {
          title: t('col.series'),
          key: 'series',
          render: (_, i) => (
            <span>
              {text(plan.seriesName(i.indicatorId))}
              {i.parkId ? <Typography.Text type="secondary"> · {text(plan.names.park(i.parkId))}</Typography.Text> : null}
            </span>
          ),
        },
        { title: t('calendar.dueOn'), dataIndex: 'dueOn', key: 'dueOn', width: 120 },
        { title: t('calendar.stateCol'), key: 'state', width: 170, render: (_, i) => <CalendarStateTag state={i.state} dueOn={i.dueOn} today={today} /> },
        {
          title: t('calendar.valueStatus'),
          key: 'status',
          width: 140,
          render: (_, i) => (i.observationStatus ? <ObservationStatusTag status={i.observationStatus} /> : <Typography.Text type="secondary">{t('calendar.noValue')}</Typography.Text>),
        },
        {
          title: t('col.actions'),
          key: 'open',
          width: 120,
          render: (_, i) => (
            <Link to={entryLink(i)} data-testid="calendar-entry-link">
              <FormOutlined /> {canEnter && i.state !== 'done' ? t('calendar.enter') : t('calendar.view')}
            </Link>
          ),
        },
      ]}
    />
  );
}
