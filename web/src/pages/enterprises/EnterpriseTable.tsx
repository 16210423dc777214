/**
 * The registry, a page at a time from the server (GET /api/enterprises): search by name or
 * credit code, filters by city or county, cluster and certification; every filter and the
 * page in the URL.
 */
import { ClearOutlined, SearchOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Flex, Input, Select, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiGet } from '../../api/client.ts';
import { usePlanClusters, usePlanParks, usePlanRegions } from '../../api/queries.ts';
import type { EnterprisePage, EnterpriseSummary } from '../../api/types.ts';
import { ErrorAlert } from '../../components/QueryState.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { certificationKinds } from '../../../../src/records/certification.ts';
import type { PlanNames } from '../projects/use-plan-names.ts';
import { visuallyHidden } from '../projects/visually-hidden.ts';
import { CertificationTags } from './CertificationTags.tsx';
import { searchQueryOf, type TableState } from './enterprise-params.ts';
import { enterprisesNs } from './messages.ts';
import { certificationName, sizeClassName } from './record-labels.ts';

export function EnterpriseTable({ state, onChange, names }: { state: TableState; onChange: (next: TableState) => void; names: PlanNames }) {
  const { t } = useTranslation(enterprisesNs);
  const { text } = useLang();
  const clusters = usePlanClusters();
  const regions = usePlanRegions();
  const parks = usePlanParks();
  const [typed, setTyped] = useState(state.q ?? '');
  useEffect(() => setTyped(state.q ?? ''), [state.q]);
  const query = searchQueryOf(state);
  const page = useQuery({
    queryKey: ['enterprises', query],
    queryFn: () => apiGet<EnterprisePage>('/api/enterprises', query),
    placeholderData: keepPreviousData,
  });
  const set = (patch: Partial<TableState>) => onChange({ ...state, page: 1, ...patch });
  const filtered = Boolean(state.q || state.region || state.park || state.cluster || state.tier);

  const columns: ColumnsType<EnterpriseSummary> = [
    {
      key: 'name',
      title: t('col.name'),
      width: 260,
      render: (_, e) => (
        <span>
          <Link to={`/enterprises/${e.creditCode}`} data-testid="enterprise-link">
            {e.name}
          </Link>
          {e.listed ? <Tag style={{ marginLeft: 6 }}>{t('listed')}</Tag> : null}
          {e.isDemo ? (
            <Tooltip title={t('demoHint')}>
              <Tag color="orange" style={{ marginLeft: 6 }}>
                {t('demo')}
              </Tag>
            </Tooltip>
          ) : null}
        </span>
      ),
    },
    { key: 'code', title: t('col.creditCode'), width: 190, render: (_, e) => <Typography.Text code>{e.creditCode}</Typography.Text> },
    {
      key: 'region',
      title: t('col.region'),
      width: 170,
      render: (_, e) => (
        <span>
          <Link to={`/map/regions/${e.regionCode}`}>{names.region(e.regionCode)}</Link>
          {e.parkId ? (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {names.park(e.parkId)}
            </Typography.Text>
          ) : null}
        </span>
      ),
    },
    { key: 'clusters', title: t('col.clusters'), width: 170, render: (_, e) => e.clusters.map(names.cluster).join(names.sep) || '—' },
    { key: 'size', title: t('col.size'), width: 80, render: (_, e) => text(sizeClassName(e.sizeClass)) || '—' },
    { key: 'tiers', title: t('col.tiers'), render: (_, e) => <CertificationTags kinds={e.tiers} /> },
  ];

  return (
    <>
      <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }} role="search" aria-label={t('filter.search')}>
        <Input.Search
          aria-label={t('filter.search')}
          placeholder={t('filter.search')}
          allowClear
          enterButton={<SearchOutlined aria-label={t('filter.search')} />}
          style={{ width: 340 }}
          value={typed}
          onChange={(e) => {
            setTyped(e.target.value);
            if (e.target.value === '') set({ q: undefined });
          }}
          onSearch={(value) => set({ q: value.trim() || undefined })}
          data-testid="enterprise-search"
        />
        <Select
          aria-label={t('filter.region')}
          placeholder={t('filter.region')}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ minWidth: 140 }}
          value={state.region}
          onChange={(region?: string) => set({ region })}
          options={(regions.data ?? []).map((r) => ({ value: r.code, label: text(r.name) }))}
          data-testid="enterprise-region"
        />
        <Select
          aria-label={t('filter.park')}
          placeholder={t('filter.park')}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ minWidth: 170 }}
          popupMatchSelectWidth={false}
          value={state.park}
          onChange={(park?: string) => set({ park })}
          options={(parks.data ?? []).map((p) => ({ value: p.id, label: text(p.name) }))}
          data-testid="enterprise-park"
        />
        <Select
          aria-label={t('filter.cluster')}
          placeholder={t('filter.cluster')}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ minWidth: 170 }}
          popupMatchSelectWidth={false}
          value={state.cluster}
          onChange={(cluster?: string) => set({ cluster })}
          options={(clusters.data ?? []).map((c) => ({ value: c.id, label: text(c.name) }))}
          data-testid="enterprise-cluster"
        />
        <Select
          aria-label={t('filter.tier')}
          placeholder={t('filter.tier')}
          allowClear
          style={{ minWidth: 180 }}
          popupMatchSelectWidth={false}
          value={state.tier}
          onChange={(tier?: TableState['tier']) => set({ tier })}
          options={certificationKinds.map((k) => ({ value: k, label: text(certificationName(k)) }))}
          data-testid="enterprise-tier"
        />
        {filtered ? (
          <Button icon={<ClearOutlined />} onClick={() => onChange({ page: 1, pageSize: state.pageSize })}>
            {t('filter.clear')}
          </Button>
        ) : null}
      </Flex>
      {page.error ? <ErrorAlert error={page.error} onRetry={() => void page.refetch()} /> : null}
      {page.data ? (
        <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 8 }} aria-live="polite" data-testid="enterprise-total">
          {t('table.total', { total: page.data.total, at: page.data.at })}
        </Typography.Text>
      ) : null}
      <Table<EnterpriseSummary>
        rowKey="creditCode"
        size="middle"
        loading={page.isFetching}
        columns={columns}
        dataSource={page.data?.items ?? []}
        caption={<span style={visuallyHidden}>{t('table.caption')}</span>}
        scroll={{ x: 1050 }}
        pagination={{
          current: state.page,
          pageSize: state.pageSize,
          total: page.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          onChange: (p, size) => onChange({ ...state, page: size === state.pageSize ? p : 1, pageSize: size }),
        }}
        data-testid="enterprise-table"
      />
    </>
  );
}
