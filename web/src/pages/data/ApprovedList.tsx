/**
 * Approved values of one year (and optionally one region and series), for province-level
 * users to reopen one with a reason: it goes back to its submitter as "returned", to be
 * corrected and submitted again. Each value's history is one click away.
 */
import { HistoryOutlined, UnlockOutlined } from '@ant-design/icons';
import { App, Button, Flex, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Observation, User } from '../../api/types.ts';
import { useDefaultYear } from '../../app/settings.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { mayStep } from './data-access.ts';
import { HistoryDrawer, formatTime } from './HistoryDrawer.tsx';
import { dataNs } from './messages.ts';
import { stepObservation, useAfterWrite, useObservations } from './observations-api.ts';
import { placeLabel } from './places.ts';
import { ReasonDialog } from './ReasonDialog.tsx';
import { formatInUnit } from './unit-format.ts';
import type { DataPlan } from './use-data-plan.ts';

export function ApprovedList({ plan, user }: { plan: DataPlan; user: User }) {
  const { t } = useTranslation([dataNs, 'common']);
  const { text, lang } = useLang();
  const { message } = App.useApp();
  const afterWrite = useAfterWrite();
  const defaultYear = useDefaultYear() ?? plan.baseYear;
  const [year, setYear] = useState<number | null>(null);
  const [region, setRegion] = useState<string | null>(null);
  const [series, setSeries] = useState<string | null>(null);
  const [reopening, setReopening] = useState<Observation | null>(null);
  const [history, setHistory] = useState<Observation | null>(null);
  const period = String(year ?? defaultYear);
  const approved = useObservations({ status: 'approved', period, region: region ?? undefined, indicator: series ?? undefined });

  const years: number[] = [];
  for (let y = plan.baseYear; y <= plan.targetYear; y++) years.push(y);

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
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          aria-label={t('common:field.region')}
          placeholder={t('review.allRegions')}
          style={{ minWidth: 180 }}
          value={region}
          onChange={(v: string | undefined) => setRegion(v ?? null)}
          options={[plan.province.code, ...plan.regions.map((r) => r.code)].map((code) => ({ value: code, label: text(plan.names.region(code)) }))}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          aria-label={t('col.series')}
          placeholder={t('review.allSeries')}
          style={{ minWidth: 260 }}
          value={series}
          onChange={(v: string | undefined) => setSeries(v ?? null)}
          options={plan.series.map((s) => ({ value: s.id, label: text(s.name) }))}
        />
      </Flex>
      <QueryState query={approved}>
        {(items) => (
          <Table<Observation>
            size="small"
            rowKey="id"
            dataSource={items}
            data-testid="approved-table"
            pagination={{ pageSize: 20, showSizeChanger: false }}
            title={() => (
              <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
                {t('review.approvedTitle', { count: items.length, period })}
              </Typography.Title>
            )}
            columns={[
              { title: t('col.series'), key: 'series', render: (_, o) => text(plan.seriesName(o.indicatorId)) + (o.kind === 'target' ? ` · ${t('kind.target')}` : '') },
              { title: t('common:field.region'), key: 'place', render: (_, o) => placeLabel(o, plan.names, text) },
              { title: t('common:field.value'), key: 'value', width: 170, render: (_, o) => formatInUnit(o.value, plan.seriesById.get(o.indicatorId)?.unit, lang) },
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
                    <Button size="small" type="text" icon={<HistoryOutlined />} aria-label={t('history.open')} onClick={() => setHistory(o)} />
                  </Flex>
                ),
              },
            ]}
          />
        )}
      </QueryState>
      <ReasonDialog
        open={reopening !== null}
        title={t('review.reopenTitle')}
        description={reopening ? t('review.reopenWhat', { name: text(plan.seriesName(reopening.indicatorId)), place: placeLabel(reopening, plan.names, text), period: reopening.period }) : ''}
        okText={t('review.reopen')}
        onCancel={() => setReopening(null)}
        onConfirm={async (reason) => {
          if (!reopening) return;
          await stepObservation(reopening.id, 'reopen', reason);
          void message.success(t('review.reopenedOne'));
          setReopening(null);
          await afterWrite();
        }}
      />
      <HistoryDrawer observation={history} plan={plan} onClose={() => setHistory(null)} />
    </Flex>
  );
}
