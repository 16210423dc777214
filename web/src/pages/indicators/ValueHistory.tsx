/**
 * Every value recorded for the indicator (or, for a ratio, its numerator and denominator):
 * year, region or park, value, where it stands in the approval workflow, and who entered,
 * submitted and approved it when. Readers of every region see the full record
 * (GET /api/observations, paged by the server); others — the public portal, park and
 * enterprise accounts — the approved values that are published (GET /api/public/observations.json).
 */
import { CheckCircleOutlined, ClockCircleOutlined, EditOutlined, RollbackOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Flex, Segmented, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet } from '../../api/client.ts';
import { usePlanParks, usePlanRegions } from '../../api/queries.ts';
import type { Items, Observation, ObservationPage, PlanIndicator, PlanSummary, PublicObservation } from '../../api/types.ts';
import { can } from '../../app/abilities.ts';
import { useSession } from '../../app/session.tsx';
import { ErrorAlert } from '../../components/QueryState.tsx';
import { formatTime } from '../../format/date-time.ts';
import { formatValue } from '../../format/numbers.ts';
import { unitOf } from '../../format/units.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { indicatorsNs } from './messages.ts';

type ObservationStatus = Observation['status'];

const STATUS_LOOK: Record<ObservationStatus, { color: string; icon: ReactNode }> = {
  draft: { color: 'default', icon: <EditOutlined /> },
  submitted: { color: 'processing', icon: <ClockCircleOutlined /> },
  approved: { color: 'success', icon: <CheckCircleOutlined /> },
  returned: { color: 'warning', icon: <RollbackOutlined /> },
};

function ObservationStatusTag({ status }: { status: ObservationStatus }) {
  const { t } = useTranslation([indicatorsNs, 'common']);
  return (
    <Tag color={STATUS_LOOK[status].color} icon={STATUS_LOOK[status].icon}>
      {t(`observationStatus.${status}`)}
    </Tag>
  );
}

function WhoWhen({ who, at }: { who: string | null; at: string | null }) {
  if (!who) return <>—</>;
  return (
    <span>
      {who}
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
        {formatTime(at, '')}
      </Typography.Text>
    </span>
  );
}

const PAGE_SIZE = 20;

export function ValueHistory({ indicator, plan }: { indicator: PlanIndicator; plan: PlanSummary }) {
  const { t } = useTranslation([indicatorsNs, 'common']);
  const { lang, text } = useLang();
  const { user } = useSession();
  const regions = usePlanRegions();
  const parks = usePlanParks();
  const internal = can(user, 'see-all-data');
  const measurement = indicator.measurement;
  const seriesIds = measurement.kind === 'ratio' ? [indicator.id, measurement.numerator, measurement.denominator] : [indicator.id];
  const [seriesId, setSeriesId] = useState(indicator.id);
  const [region, setRegion] = useState<string | undefined>(undefined);
  const [page, setPage] = useState(1);

  const seriesName = (id: string) =>
    id === indicator.id ? text(indicator.name) : text(plan.statistics.find((s) => s.id === id)?.name) || id;
  const seriesUnit = unitOf(plan.units, seriesId === indicator.id ? indicator.unit : (plan.statistics.find((s) => s.id === seriesId)?.unit ?? indicator.unit));
  const regionName = (code: string) => (code === plan.province.code ? text(plan.province.name) : text(regions.data?.find((r) => r.code === code)?.name) || code);
  const parkName = (id: string | null) => (id ? text(parks.data?.find((p) => p.id === id)?.name) || id : null);
  const isAssigned = indicator.target.kind === 'assigned';

  const full = useQuery({
    queryKey: ['observations', 'indicator-history', seriesId, region ?? null, page],
    queryFn: () => apiGet<ObservationPage>('/api/observations', { indicator: seriesId, region, page, pageSize: PAGE_SIZE }),
    enabled: internal,
    placeholderData: (previous) => previous,
  });
  const published = useQuery({
    queryKey: ['public', 'observations', seriesId, region ?? null],
    queryFn: async () => (await apiGet<Items<PublicObservation>>('/api/public/observations.json', { indicator: seriesId, region })).items,
    enabled: !internal,
  });

  const place = (regionCode: string, parkId: string | null) => (
    <span>
      {regionName(regionCode)}
      {parkId ? (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          {parkName(parkId)}
        </Typography.Text>
      ) : null}
    </span>
  );
  const kindColumn = isAssigned
    ? [{ key: 'kind', title: t('history.kind'), render: (_: unknown, o: { kind: string }) => t(o.kind === 'target' ? 'history.kindTarget' : 'history.kindActual') }]
    : [];
  const value = (o: { value: number; isDemo: boolean }) => (
    <span>
      {formatValue(o.value, seriesUnit, lang, 4)}
      {o.isDemo ? (
        <Tooltip title={t('history.demoHelp')}>
          <Tag color="orange" style={{ marginLeft: 6 }}>
            {t('history.demo')}
          </Tag>
        </Tooltip>
      ) : null}
    </span>
  );

  return (
    <>
      <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
        {seriesIds.length > 1 ? (
          <Segmented
            aria-label={t('history.series')}
            value={seriesId}
            onChange={(id) => {
              setSeriesId(String(id));
              setPage(1);
            }}
            options={seriesIds.map((id) => ({ value: id, label: seriesName(id) }))}
          />
        ) : null}
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('history.allRegions')}
          aria-label={t('common:field.region')}
          value={region}
          onChange={(code?: string) => {
            setRegion(code);
            setPage(1);
          }}
          style={{ width: 200 }}
          options={[
            { value: plan.province.code, label: text(plan.province.name) },
            ...(regions.data ?? []).map((r) => ({ value: r.code, label: text(r.name) })),
          ]}
        />
        <Typography.Text type="secondary">{internal ? t('history.internalNote') : t('history.publicNote')}</Typography.Text>
      </Flex>
      {internal ? (
        full.error ? (
          <ErrorAlert error={full.error} onRetry={() => void full.refetch()} />
        ) : (
          <Table<Observation>
            rowKey="id"
            size="small"
            loading={full.isFetching}
            dataSource={full.data?.items ?? []}
            data-testid="value-history"
            scroll={{ x: 1000 }}
            locale={{ emptyText: measurement.kind === 'ratio' && seriesId === indicator.id ? t('history.ratioEmpty') : t('history.none') }}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: full.data?.total ?? 0,
              showSizeChanger: false,
              showTotal: (total) => t('history.total', { total }),
              onChange: setPage,
            }}
            columns={[
              { key: 'period', title: t('common:field.year'), dataIndex: 'period', width: 80 },
              { key: 'place', title: t('common:field.region'), render: (_, o) => place(o.regionCode, o.parkId) },
              ...kindColumn,
              { key: 'value', title: t('common:field.value'), align: 'right', render: (_, o) => value(o) },
              {
                key: 'status',
                title: t('history.status'),
                render: (_, o) => (
                  <Space orientation="vertical" size={0}>
                    <ObservationStatusTag status={o.status} />
                    {o.returnReason ? (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('history.reason', { reason: o.returnReason })}
                      </Typography.Text>
                    ) : null}
                  </Space>
                ),
              },
              { key: 'created', title: t('history.created'), render: (_, o) => <WhoWhen who={o.createdBy} at={o.createdAt} /> },
              { key: 'submitted', title: t('history.submitted'), render: (_, o) => <WhoWhen who={o.submittedBy} at={o.submittedAt} /> },
              {
                key: 'approved',
                title: t('history.approved'),
                render: (_, o) => (o.status === 'returned' ? <WhoWhen who={o.returnedBy} at={o.returnedAt} /> : <WhoWhen who={o.approvedBy} at={o.approvedAt} />),
              },
            ]}
          />
        )
      ) : published.error ? (
        <ErrorAlert error={published.error} onRetry={() => void published.refetch()} />
      ) : (
        <Table<PublicObservation>
          rowKey={(o) => `${o.indicator}|${o.region}|${o.park ?? ''}|${o.period}|${o.kind}`}
          size="small"
          loading={published.isPending}
          dataSource={published.data ?? []}
          data-testid="value-history"
          locale={{ emptyText: measurement.kind === 'ratio' && seriesId === indicator.id ? t('history.ratioEmpty') : t('history.none') }}
          pagination={{ pageSize: PAGE_SIZE, showSizeChanger: false, showTotal: (total) => t('history.total', { total }) }}
          columns={[
            { key: 'period', title: t('common:field.year'), dataIndex: 'period', width: 80, sorter: (a, b) => a.period.localeCompare(b.period) },
            { key: 'place', title: t('common:field.region'), render: (_, o) => place(o.region, o.park) },
            ...kindColumn,
            { key: 'value', title: t('common:field.value'), align: 'right', render: (_, o) => value(o) },
            { key: 'status', title: t('history.status'), render: () => <ObservationStatusTag status="approved" /> },
            { key: 'note', title: t('history.note'), dataIndex: 'note', render: (note: string | null) => note ?? '' },
          ]}
        />
      )}
    </>
  );
}
