/**
 * The registry, a page at a time from the server (GET /api/enterprises): search by name or
 * credit code, filters by city or county, cluster and certification; every filter and the
 * page in the URL.
 */
import { SearchOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Input, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiGet } from '../../api/client.ts';
import { usePlanParks } from '../../api/queries.ts';
import type { EnterprisePage, EnterpriseSummary } from '../../api/types.ts';
import type { PlanNames } from '../../app/plan-names.ts';
import { FilterBar, FilterSelect } from '../../components/FilterBar.tsx';
import { ClusterFilter, RegionFilter } from '../../components/PlanFilters.tsx';
import { ErrorAlert } from '../../components/QueryState.tsx';
import { visuallyHidden } from '../../components/visually-hidden.ts';
import { certificationName } from '../../format/certificate-names.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { certificationKinds } from '../../../../src/records/certification.ts';
import { CertificationTags } from './CertificationTags.tsx';
import { searchQueryOf, type TableState } from './enterprise-params.ts';
import { enterprisesNs } from './messages.ts';
import { sizeClassName } from './record-labels.ts';

export function EnterpriseTable({ state, onChange, names }: { state: TableState; onChange: (next: TableState) => void; names: PlanNames }) {
  const { t } = useTranslation(enterprisesNs);
  const { text } = useLang();
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
      <FilterBar label={t('filter.search')} filtered={filtered} onClear={() => onChange({ page: 1, pageSize: state.pageSize })}>
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
        <RegionFilter value={state.region} onChange={(region) => set({ region })} testId="enterprise-region" />
        <FilterSelect
          label={t('filter.park')}
          searchable
          widePopup
          minWidth={170}
          value={state.park}
          onChange={(park) => set({ park })}
          options={(parks.data ?? []).map((p) => ({ value: p.id, label: text(p.name) }))}
          testId="enterprise-park"
        />
        <ClusterFilter value={state.cluster} onChange={(cluster) => set({ cluster })} testId="enterprise-cluster" />
        <FilterSelect
          label={t('filter.tier')}
          widePopup
          minWidth={180}
          value={state.tier}
          onChange={(tier) => set({ tier })}
          options={certificationKinds.map((k) => ({ value: k, label: text(certificationName(k)) }))}
          testId="enterprise-tier"
        />
      </FilterBar>
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
