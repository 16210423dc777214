/**
 * 指标 — every indicator in one table: where it stands (latest value and year, target, how
 * far along, the gap to the required path, the growth the remaining years need, whether the
 * trend reaches the target), filtered by category, status and schedule or found by name,
 * sorted by any number. Filters live in the address, so the cockpit can link to "all
 * indicators behind schedule".
 */
import { Flex, Input, Progress, Select, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { asFullEvaluation } from '../../api/evaluation-reading.ts';
import { useEvaluation, usePlanSummary } from '../../api/queries.ts';
import type { EvaluatedIndicator, PlanSummary } from '../../api/types.ts';
import { useEvaluationView, useViewQuery, type EvaluationView } from '../../app/evaluation-view.ts';
import { EvaluationControls } from '../../components/EvaluationControls.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { ScheduleTag, StatusTag } from '../../components/StatusTag.tsx';
import { STATUS_COLOR } from '../../components/status-style.ts';
import { barPercent, signedPct, targetText } from '../../format/indicator-format.ts';
import { formatPct, formatValue } from '../../format/numbers.ts';
import { unitOf } from '../../format/units.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { progressLabels, progressStatuses, scheduleLabels, scheduleStatuses } from '../../../../src/evaluation/statuses.ts';
import { byNumber, bySchedule, byStatus, filterRows, filtersFromParams } from './indicator-table-model.ts';
import { indicatorsNs } from './messages.ts';
import '../../components/tags-wrap.css';

function useColumns(plan: PlanSummary, viewQuery: string): TableColumnsType<EvaluatedIndicator> {
  const { t } = useTranslation([indicatorsNs, 'common']);
  const { lang, text } = useLang();
  const unit = (row: EvaluatedIndicator) => unitOf(plan.units, row.unit);
  return [
    {
      key: 'name',
      title: t('list.name'),
      fixed: 'left',
      width: 230,
      sorter: (a, b) => text(a.name).localeCompare(text(b.name), lang === 'zh' ? 'zh-CN' : 'en'),
      render: (_, row) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/indicators/${row.id}${viewQuery}`} data-testid="indicator-link">
            {text(row.name)}
          </Link>
          <Space size={4}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {text(plan.categories.find((c) => c.id === row.category)?.name)}
            </Typography.Text>
            {row.binding ? <Tag style={{ fontSize: 11 }}>{t('binding')}</Tag> : null}
          </Space>
        </Space>
      ),
    },
    {
      key: 'status',
      title: t('list.statusAndSchedule'),
      width: 170,
      sorter: (a, b) => byStatus(a, b) || bySchedule(a, b),
      render: (_, row) => (
        <Space orientation="vertical" size={4}>
          <StatusTag status={row.status} />
          <ScheduleTag schedule={row.schedule} latestYear={row.latest?.year ?? null} targetYear={row.target.year} />
        </Space>
      ),
    },
    {
      key: 'latest',
      title: t('common:field.latest'),
      align: 'right',
      render: (_, row) =>
        row.latest ? (
          <span>
            {formatValue(row.latest.value, unit(row), lang)}
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {t('inYear', { year: row.latest.year })}
              {row.latest.pending ? <Tag color="orange" style={{ marginLeft: 4 }}>{t('pending')}</Tag> : null}
            </Typography.Text>
          </span>
        ) : (
          '—'
        ),
    },
    {
      key: 'target',
      title: t('common:field.target'),
      align: 'right',
      render: (_, row) => (
        <span>
          {targetText(row.target.value, row.target.kind, unit(row), lang)}
          {row.target.kind === 'assigned' ? null : (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {t('inYear', { year: row.target.year })}
            </Typography.Text>
          )}
        </span>
      ),
    },
    {
      key: 'completion',
      title: t('list.completion'),
      sorter: byNumber((r) => r.completionPct),
      render: (_, row) =>
        row.completionPct === null ? (
          '—'
        ) : (
          <Tooltip title={t('list.completionHelp', { completion: formatPct(row.completionPct, lang), time: formatPct(row.timeElapsedPct, lang) })}>
            <Progress percent={barPercent(row.completionPct)} size="small" strokeColor={STATUS_COLOR[row.status]} format={() => formatPct(row.completionPct, lang, 0)} />
          </Tooltip>
        ),
    },
    {
      key: 'gap',
      title: <Tooltip title={t('list.gapHelp')}>{t('list.gap')}</Tooltip>,
      align: 'right',
      sorter: byNumber((r) => r.scheduleGapPct),
      render: (_, row) => (
        <Typography.Text type={row.scheduleGapPct !== null && row.scheduleGapPct < 0 ? 'danger' : undefined}>{signedPct(row.scheduleGapPct, lang)}</Typography.Text>
      ),
    },
    {
      key: 'growth',
      title: <Tooltip title={t('list.growthHelp')}>{t('list.growth')}</Tooltip>,
      align: 'right',
      sorter: byNumber((r) => r.requiredGrowthPct),
      render: (_, row) =>
        row.requiredGrowthPct === null ? (
          '—'
        ) : (
          <span>
            {formatPct(row.requiredGrowthPct, lang, 2)}
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {t('list.actualGrowth', { pct: formatPct(row.cagrActualPct, lang, 2) })}
            </Typography.Text>
          </span>
        ),
    },
    {
      key: 'projection',
      title: t('list.projection'),
      sorter: byNumber((r) => (r.projection ? (r.projection.likelyMet ? 1 : 0) : null)),
      render: (_, row) =>
        row.projection ? (
          <Tooltip title={formatValue(row.projection.value, unit(row), lang)}>
            <Tag color={row.projection.likelyMet ? 'success' : 'error'}>{t(row.projection.likelyMet ? 'list.likelyMet' : 'list.likelyMissed')}</Tag>
          </Tooltip>
        ) : (
          '—'
        ),
    },
  ];
}

function IndicatorTable({ view, year, plan }: { view: EvaluationView; year: number; plan: PlanSummary }) {
  const { t } = useTranslation([indicatorsNs, 'common']);
  const { text } = useLang();
  const [params, setParams] = useSearchParams();
  const viewQuery = useViewQuery();
  const evaluation = useEvaluation({ year, includePending: view.includePending, publicPortal: view.anonymous });
  const columns = useColumns(plan, viewQuery);
  const filters = filtersFromParams(params);
  const setFilter = (key: string, value: string | undefined) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  return (
    <>
      <Flex gap={12} wrap style={{ marginBottom: 16 }} role="search" aria-label={t('list.filters')}>
        <Input.Search
          allowClear
          placeholder={t('list.search')}
          aria-label={t('list.search')}
          defaultValue={filters.query}
          onSearch={(value) => setFilter('q', value)}
          onChange={(e) => setFilter('q', e.target.value)}
          style={{ width: 260 }}
          data-testid="indicator-search"
        />
        <Select
          allowClear
          placeholder={t('list.allCategories')}
          aria-label={t('list.category')}
          value={filters.category}
          onChange={(value?: string) => setFilter('category', value)}
          style={{ width: 180 }}
          options={plan.categories.map((c) => ({ value: c.id, label: text(c.name) }))}
        />
        <Select
          allowClear
          placeholder={t('list.allStatuses')}
          aria-label={t('common:field.status')}
          value={filters.status}
          onChange={(value?: string) => setFilter('status', value)}
          style={{ width: 220 }}
          options={progressStatuses.map((s) => ({ value: s, label: text(progressLabels[s]) }))}
          data-testid="status-filter"
        />
        <Select
          allowClear
          placeholder={t('list.allSchedules')}
          aria-label={t('common:field.schedule')}
          value={filters.schedule}
          onChange={(value?: string) => setFilter('schedule', value)}
          style={{ width: 180 }}
          options={scheduleStatuses.map((s) => ({ value: s, label: text(scheduleLabels[s]) }))}
        />
      </Flex>
      <QueryState query={evaluation}>
        {(document) => {
          const rows = filterRows(asFullEvaluation(document).indicators, filters);
          return (
            <section aria-labelledby="indicator-table-heading" className="tags-wrap">
              <Typography.Title level={2} id="indicator-table-heading" style={{ fontSize: 16 }}>
                {t('list.heading', { count: rows.length, total: document.indicators.length, year })}
              </Typography.Title>
              <Table<EvaluatedIndicator>
                rowKey="id"
                size="middle"
                columns={columns}
                dataSource={rows}
                pagination={false}
                scroll={{ x: 'max-content' }}
                data-testid="indicator-table"
                locale={{ emptyText: t('list.none') }}
              />
            </section>
          );
        }}
      </QueryState>
    </>
  );
}

export function IndicatorListPage() {
  const { t } = useTranslation([indicatorsNs, 'common']);
  const view = useEvaluationView();
  const plan = usePlanSummary();
  return (
    <>
      <PageHeader title={t('list.title')} subtitle={t('list.subtitle')} extra={<EvaluationControls view={view} />} />
      <QueryState query={plan}>{(summary) => (view.year === undefined ? null : <IndicatorTable view={view} year={view.year} plan={summary} />)}</QueryState>
    </>
  );
}
