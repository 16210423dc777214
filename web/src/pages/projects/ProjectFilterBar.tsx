/** The filters of the project views: column, cluster, city or county, stage, delayed only, search — each labelled. */
import { ClearOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePlanClusters, usePlanRegions } from '../../api/queries.ts';
import { useLang } from '../../i18n/use-lang.ts';
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
  const { text } = useLang();
  const clusters = usePlanClusters();
  const regions = usePlanRegions();
  const set = (patch: Partial<ProjectFilters>) => onChange({ ...filters, ...patch });
  const selectStyle = { minWidth: 170 };
  return (
    <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }} role="search" aria-label={t('filter.search')}>
      <Select
        aria-label={t('filter.column')}
        placeholder={t('filter.column')}
        allowClear
        style={{ ...selectStyle, minWidth: 220 }}
        popupMatchSelectWidth={false}
        value={filters.column}
        onChange={(column?: number) => set({ column })}
        options={columns.columns.map((c) => ({ value: c.column, label: columns.name(c.column) }))}
        data-testid="filter-column"
      />
      <Select
        aria-label={t('filter.cluster')}
        placeholder={t('filter.cluster')}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={selectStyle}
        popupMatchSelectWidth={false}
        value={filters.cluster}
        onChange={(cluster?: string) => set({ cluster })}
        options={(clusters.data ?? []).map((c) => ({ value: c.id, label: text(c.name) }))}
        data-testid="filter-cluster"
      />
      <Select
        aria-label={t('filter.region')}
        placeholder={t('filter.region')}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={{ minWidth: 140 }}
        value={filters.region}
        onChange={(region?: string) => set({ region })}
        options={(regions.data ?? []).map((r) => ({ value: r.code, label: text(r.name) }))}
        data-testid="filter-region"
      />
      <Select
        aria-label={t('filter.stage')}
        placeholder={t('filter.stage')}
        allowClear
        style={{ minWidth: 130 }}
        value={filters.stage}
        onChange={(stage?: ProjectFilters['stage']) => set({ stage })}
        options={projectStages.map((s) => ({ value: s, label: t(`stage.${s}`) }))}
        data-testid="filter-stage"
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
      {hasFilters(filters) ? (
        <Button icon={<ClearOutlined />} onClick={() => onChange({})}>
          {t('filter.clear')}
        </Button>
      ) : null}
    </Flex>
  );
}
