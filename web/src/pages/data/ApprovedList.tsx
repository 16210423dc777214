/**
 * Approved values of one year (and optionally one region and series), for province-level
 * users to reopen one with a reason: it goes back to its submitter as "returned", to be
 * corrected and submitted again. Each value's history is one click away.
 */
import { UnlockOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Observation, User } from '../../api/types.ts';
import { planYears } from '../../app/plan-years.ts';
import { useDefaultYear } from '../../app/settings.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { SectionTitle } from '../../components/SectionTitle.tsx';
import { formatTime } from '../../format/date-time.ts';
import { mayStep } from './data-access.ts';
import { HistoryDrawer } from './HistoryDrawer.tsx';
import { dataNs } from './messages.ts';
import { useObservationColumns } from './observation-columns.tsx';
import { useObservations } from './observations-api.ts';
import { ReasonDialog } from './ReasonDialog.tsx';
import { PlaceFilter, SeriesFilter } from './ReviewFilters.tsx';
import type { DataPlan } from './use-data-plan.ts';

export function ApprovedList({ plan, user }: { plan: DataPlan; user: User }) {
  const { t } = useTranslation([dataNs, 'common']);
  const defaultYear = useDefaultYear() ?? plan.baseYear;
  const [year, setYear] = useState<number | null>(null);
  const [region, setRegion] = useState<string | null>(null);
  const [series, setSeries] = useState<string | null>(null);
  const [reopening, setReopening] = useState<Observation | null>(null);
  const [history, setHistory] = useState<Observation | null>(null);
  const period = String(year ?? defaultYear);
  const approved = useObservations({ status: 'approved', period, region: region ?? undefined, indicator: series ?? undefined });
  const columns = useObservationColumns(plan, setHistory);
  const years = planYears(plan.baseYear, plan.targetYear);

  return (
    <Flex vertical gap={12}>
      <Flex gap={12} wrap align="center">
        <Select
          aria-label={t('entry.period')}
          style={{ width: 130 }}
          value={Number(period)}
          onChange={(y: number) => setYear(y)}
          options={years.map((y) => ({ value: y, label: t('entry.year', { year: y }) }))}
        />
        <PlaceFilter plan={plan} codes={[plan.province.code, ...plan.regions.map((r) => r.code)]} value={region} onChange={setRegion} />
        <SeriesFilter plan={plan} ids={plan.series.map((s) => s.id)} value={series} onChange={setSeries} minWidth={260} />
      </Flex>
      <QueryState query={approved}>
        {(items) => (
          <Table<Observation>
            size="small"
            rowKey="id"
            dataSource={items}
            data-testid="approved-table"
            pagination={{ pageSize: 20, showSizeChanger: false }}
            title={() => <SectionTitle>{t('review.approvedTitle', { count: items.length, period })}</SectionTitle>}
            columns={[
              columns.series(),
              columns.place(),
              columns.value(170),
              {
                title: t('review.approvedBy'),
                key: 'approved',
                width: 200,
                render: (_, o) => (
                  <Flex vertical>
                    <Typography.Text>{o.approvedBy ?? '—'}</Typography.Text>
                    <Typography.Text type="secondary">{formatTime(o.approvedAt)}</Typography.Text>
                  </Flex>
                ),
              },
              {
                title: t('col.actions'),
                key: 'actions',
                width: 200,
                render: (_, o) => (
                  <Flex gap={4}>
                    <Button size="small" icon={<UnlockOutlined />} disabled={!mayStep(user, o, 'reopen')} onClick={() => setReopening(o)} data-testid="reopen">
                      {t('review.reopen')}
                    </Button>
                    {columns.historyButton(o)}
                  </Flex>
                ),
              },
            ]}
          />
        )}
      </QueryState>
      <ReasonDialog observation={reopening} step="reopen" plan={plan} onClose={() => setReopening(null)} />
      <HistoryDrawer observation={history} plan={plan} onClose={() => setHistory(null)} />
    </Flex>
  );
}
