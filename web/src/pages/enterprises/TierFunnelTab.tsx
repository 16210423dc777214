/**
 * 梯度培育: the tier pipeline of a year — the plan's targets, the ladder as a funnel, each tier's
 * counts, a tier by city or county or cluster, and the enterprises behind any count.
 */
import { Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PipelineJson } from '../../api/types.ts';
import type { PlanNames } from '../../app/plan-names.ts';
import { QueryState } from '../../components/QueryState.tsx';
import type { FunnelState } from './enterprise-params.ts';
import { enterprisesNs } from './messages.ts';
import { PipelineBreakdown } from './PipelineBreakdown.tsx';
import { PipelineCharts } from './PipelineCharts.tsx';
import { PipelineMembersList } from './PipelineMembersList.tsx';
import { PipelineTargets } from './PipelineTargets.tsx';
import { PipelineTierTable } from './PipelineTierTable.tsx';
import { useCultivationYears, usePipeline } from './use-cultivation.ts';
import type { TierId } from '../../../../src/cultivation/tiers.ts';

export function YearPicker({ year, years, onChange }: { year: number | undefined; years: number[]; onChange: (year: number) => void }) {
  const { t } = useTranslation(enterprisesNs);
  return (
    <Flex align="center" gap={8}>
      <label htmlFor="cultivation-year">{t('funnel.year')}</label>
      <Select id="cultivation-year" style={{ width: 100 }} value={year} onChange={onChange} options={years.map((y) => ({ value: y, label: String(y) }))} data-testid="cultivation-year" />
    </Flex>
  );
}

export function TierFunnelTab({ state, onChange, names }: { state: FunnelState; onChange: (next: FunnelState) => void; names: PlanNames }) {
  const { t } = useTranslation(enterprisesNs);
  const { years, fallback } = useCultivationYears();
  const year = state.year ?? fallback;
  const pipeline = usePipeline(year);
  const patch = (p: Partial<FunnelState>) => onChange({ ...state, ...p });
  const pick = (tier: string, category: FunnelState['category']) => {
    patch({ tier: tier as TierId, category, area: undefined, page: 1 });
    document.getElementById('members-heading')?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <YearPicker year={year} years={years} onChange={(y) => patch({ year: y, page: 1 })} />
        {pipeline.data ? (
          <Typography.Text type="secondary" data-testid="pipeline-meta">
            {t('funnel.yearHint', { date: pipeline.data.date })} · {t('funnel.enterprises', { count: pipeline.data.enterprises })}
            {pipeline.data.demoEnterprises > 0 ? t('funnel.demoNote', { count: pipeline.data.demoEnterprises }) : null}
          </Typography.Text>
        ) : null}
      </Flex>
      <QueryState query={pipeline}>
        {(data: PipelineJson) => (
          <>
            <PipelineTargets pipeline={data} />
            <PipelineCharts pipeline={data} />
            <PipelineTierTable pipeline={data} onPick={pick} />
            <PipelineBreakdown
              pipeline={data}
              tier={state.tier}
              by={state.by}
              onTier={(tier) => patch({ tier: tier as TierId, area: undefined, page: 1 })}
              onBy={(by) => patch({ by, area: undefined, page: 1 })}
              onPick={(area, category) => {
                patch({ area, category, page: 1 });
                document.getElementById('members-heading')?.scrollIntoView({ behavior: 'smooth', block: 'start' });
              }}
            />
            <PipelineMembersList pipeline={data} year={year!} state={state} names={names} onChange={patch} />
          </>
        )}
      </QueryState>
    </>
  );
}
