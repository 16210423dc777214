/** The filters of the project views: column, cluster, city or county, stage, delayed only, search — each labelled. */
import { SearchOutlined } from '@ant-design/icons';
import { Flex, Input, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FilterBar, FilterSelect } from '../../components/FilterBar.tsx';
import { ClusterFilter, RegionFilter } from '../../components/PlanFilters.tsx';
import { projectStages } from '../../../../src/records/project-progress.ts';
import { projectsNs } from './messages.ts';
import { hasFilters, type ProjectFilters } from './project-filters.ts';
import type { useColumnNames } from './use-column-names.ts';

interface Props {
  filters: ProjectFilters;
  onChange: (next: ProjectFilters) => void;
  columns: ReturnType<typeof useColumnNames>;
}

export function ProjectFilterBar({ filters, onChange, columns }: Props) {
  const { t } = useTranslation(projectsNs);
  const set = (patch: Partial<ProjectFilters>) => onChange({ ...filters, ...patch });
  return (
    <FilterBar label={t('filter.search')} filtered={hasFilters(filters)} onClear={() => onChange({})}>
      <FilterSelect
        label={t('filter.column')}
        widePopup
        minWidth={220}
        value={filters.column}
        onChange={(column) => set({ column })}
        options={columns.columns.map((c) => ({ value: c.column, label: columns.name(c.column) }))}
        testId="filter-column"
      />
      <ClusterFilter value={filters.cluster} onChange={(cluster) => set({ cluster })} testId="filter-cluster" />
      <RegionFilter value={filters.region} onChange={(region) => set({ region })} testId="filter-region" />
      <FilterSelect
        label={t('filter.stage')}
        minWidth={130}
        value={filters.stage}
        onChange={(stage) => set({ stage })}
        options={projectStages.map((s) => ({ value: s, label: t(`common:stage.${s}`) }))}
        testId="filter-stage"
      />
      <Flex align="center" gap={6}>
        <Switch
          id="filter-delayed"
          size="small"
          checked={filters.delayed === true}
          onChange={(on) => set({ delayed: on ? true : undefined })}
          data-testid="filter-delayed"
        />
        <Typography.Text>
          <label htmlFor="filter-delayed">{t('filter.delayedOnly')}</label>
        </Typography.Text>
      </Flex>
      <Input
        aria-label={t('filter.search')}
        placeholder={t('filter.search')}
        prefix={<SearchOutlined aria-hidden />}
        allowClear
        style={{ width: 260 }}
        value={filters.q ?? ''}
        onChange={(e) => set({ q: e.target.value || undefined })}
        data-testid="filter-search"
      />
    </FilterBar>
  );
}
