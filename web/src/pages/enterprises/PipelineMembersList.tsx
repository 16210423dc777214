/**
 * The enterprises behind a count of the pipeline (GET /api/cultivation/pipeline/enterprises): a
 * tier's candidates, near misses, those missing data or the certified — in the province, a city
 * or county, or a cluster — each linked to its page, with what a candidate still has to confirm
 * or the one change a near miss needs, in the assessment's own words.
 */
import { Button, Flex, Segmented, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PipelineJson, PipelineMembers } from '../../api/types.ts';
import type { PlanNames } from '../../app/plan-names.ts';
import { ErrorAlert } from '../../components/QueryState.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { AssessmentStatusTag } from './AssessmentStatusTag.tsx';
import { memberCategories, type FunnelState, type MemberCategory } from './enterprise-params.ts';
import { enterprisesNs } from './messages.ts';
import { usePipelineMembers } from './use-cultivation.ts';

type Member = PipelineMembers['items'][number];
const PAGE_SIZE = 20;

interface Props {
  pipeline: PipelineJson;
  year: number;
  state: FunnelState;
  names: PlanNames;
  onChange: (patch: Partial<FunnelState>) => void;
}

export function PipelineMembersList({ pipeline, year, state, names, onChange }: Props) {
  const { t } = useTranslation(enterprisesNs);
  const { text, lang } = useLang();
  const tier = pipeline.tiers.find((x) => x.tier === state.tier);
  const members = usePipelineMembers({
    year,
    tier: state.tier,
    category: state.category,
    region: state.by === 'region' ? state.area : undefined,
    cluster: state.by === 'cluster' ? state.area : undefined,
    page: state.page,
    pageSize: PAGE_SIZE,
  });
  const areaName = state.area ? (state.by === 'region' ? names.region(state.area) : names.cluster(state.area)) : t('members.all');

  const detail = (m: Member) => {
    if (m.toConfirm.length > 0) return t('members.toConfirm', { items: m.toConfirm.map(text).join(lang === 'zh' ? '、' : ', ') });
    if (m.nearMiss && m.changes[0]) return t('members.change', { change: text(m.changes[0].message) });
    return text(m.summary);
  };
  const columns: ColumnsType<Member> = [
    {
      key: 'name',
      title: t('col.name'),
      width: 240,
      render: (_, m) => (
        <Link to={`/enterprises/${m.creditCode}`} data-testid="member-link">
          {m.name}
        </Link>
      ),
    },
    {
      key: 'place',
      title: t('col.region'),
      width: 160,
      render: (_, m) => (
        <span>
          {names.region(m.regionCode)}
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {m.clusters.map(names.cluster).join(names.sep)}
          </Typography.Text>
        </span>
      ),
    },
    { key: 'status', title: t('cert.validity'), width: 150, render: (_, m) => <AssessmentStatusTag status={m.status} /> },
    {
      key: 'detail',
      title: t('check.summary'),
      render: (_, m) => (
        <Typography.Text style={{ fontSize: 13 }}>
          {detail(m)}
        </Typography.Text>
      ),
    },
  ];

  return (
    <section aria-labelledby="members-heading" style={{ marginTop: 16 }}>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <h2 id="members-heading" style={{ fontSize: 16, margin: 0 }} data-testid="members-heading">
          {t('members.title', { tier: text(tier?.name), category: t(`category.${state.category}`) })}
          {t('members.in', { area: areaName })}
        </h2>
        <Flex gap={8} wrap align="center">
          {members.data ? (
            <Typography.Text type="secondary" data-testid="members-total" aria-live="polite">
              {t('members.total', { total: members.data.total })}
            </Typography.Text>
          ) : null}
          {state.area ? (
            <Button size="small" onClick={() => onChange({ area: undefined, page: 1 })}>
              {t('members.clearArea')}
            </Button>
          ) : null}
          <Segmented<MemberCategory>
            aria-label={t('funnel.showList')}
            value={state.category}
            onChange={(category) => onChange({ category, page: 1 })}
            options={memberCategories.map((c) => ({ value: c, label: t(`category.${c}`) }))}
            data-testid="members-category"
          />
        </Flex>
      </Flex>
      {members.error ? <ErrorAlert error={members.error} onRetry={() => void members.refetch()} /> : null}
      <Table<Member>
        rowKey="creditCode"
        size="small"
        loading={members.isFetching}
        columns={columns}
        dataSource={members.data?.items ?? []}
        locale={{ emptyText: t('members.empty') }}
        pagination={{
          current: state.page,
          pageSize: PAGE_SIZE,
          total: members.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => t('members.total', { total }),
          onChange: (page) => onChange({ page }),
        }}
        data-testid="members-table"
      />
    </section>
  );
}
