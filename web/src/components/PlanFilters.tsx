/** Filters by the plan's own lists — city or county, industry cluster — named the same on every page. */
import { useTranslation } from 'react-i18next';
import { usePlanClusters, usePlanRegions } from '../api/queries.ts';
import { useLang } from '../i18n/use-lang.ts';
import { FilterSelect } from './FilterBar.tsx';

interface PlanFilterProps {
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  testId: string;
}

export function RegionFilter({ value, onChange, testId }: PlanFilterProps) {
  const { t } = useTranslation();
  const { text } = useLang();
  const regions = usePlanRegions();
  return (
    <FilterSelect
      label={t('filter.region')}
      searchable
      minWidth={140}
      value={value}
      onChange={onChange}
      options={(regions.data ?? []).map((r) => ({ value: r.code, label: text(r.name) }))}
      testId={testId}
    />
  );
}

export function ClusterFilter({ value, onChange, testId }: PlanFilterProps) {
  const { t } = useTranslation();
  const { text } = useLang();
  const clusters = usePlanClusters();
  return (
    <FilterSelect
      label={t('filter.cluster')}
      searchable
      widePopup
      minWidth={170}
      value={value}
      onChange={onChange}
      options={(clusters.data ?? []).map((c) => ({ value: c.id, label: text(c.name) }))}
      testId={testId}
    />
  );
}
