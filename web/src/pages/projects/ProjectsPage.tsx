/**
 * 重点项目: the plan's key projects three ways — a filtered list, a board by stage, a milestone
 * timeline — over the same filters. Tab and filters live in the URL (?view=board&cluster=…), so
 * a view can be bookmarked or sent to a colleague.
 */
import { useQuery } from '@tanstack/react-query';
import { Tabs, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { apiGet } from '../../api/client.ts';
import type { Items, ProjectSummary } from '../../api/types.ts';
import { usePlanNames } from '../../app/plan-names.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { MilestoneTimeline } from './MilestoneTimeline.tsx';
import { projectsNs } from './messages.ts';
import { ProjectBoard } from './ProjectBoard.tsx';
import { ProjectFilterBar } from './ProjectFilterBar.tsx';
import { apiQueryOf, filtersFromParams, matchesSearch, paramsOf, viewFromParams, type ProjectFilters, type ProjectView } from './project-filters.ts';
import { ProjectStats } from './ProjectStats.tsx';
import { ProjectsTable } from './ProjectsTable.tsx';
import { useColumnNames } from './use-column-names.ts';

export function useProjects(filters: ProjectFilters) {
  const query = apiQueryOf(filters);
  return useQuery({
    queryKey: ['projects', query],
    queryFn: async () => (await apiGet<Items<ProjectSummary>>('/api/projects', query)).items,
    placeholderData: (previous) => previous,
  });
}

export function ProjectsPage() {
  const { t } = useTranslation([projectsNs, 'common']);
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const view = viewFromParams(params);
  const names = usePlanNames();
  const columns = useColumnNames(names);
  const projects = useProjects(filters);
  const all = useQuery({
    queryKey: ['projects', {}],
    queryFn: async () => (await apiGet<Items<ProjectSummary>>('/api/projects')).items,
  });

  const update = (next: ProjectFilters, nextView: ProjectView = view) => setParams(paramsOf(next, nextView), { replace: true });
  const shown = useMemo(() => (projects.data ?? []).filter((p) => matchesSearch(p, filters.q)), [projects.data, filters.q]);

  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <ProjectFilterBar filters={filters} onChange={(next) => update(next)} columns={columns} />
      <QueryState query={projects}>
        {() => (
          <>
            <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 8 }} data-testid="projects-shown" aria-live="polite">
              {t('filter.shown', { shown: shown.length, total: all.data?.length ?? shown.length })}
            </Typography.Text>
            <ProjectStats projects={shown} />
            <Tabs
              activeKey={view}
              onChange={(key) => update(filters, key as ProjectView)}
              items={[
                { key: 'table', label: t('tab.table'), children: <ProjectsTable projects={shown} names={names} columns={columns} /> },
                { key: 'board', label: t('tab.board'), children: <ProjectBoard projects={shown} names={names} /> },
                { key: 'timeline', label: t('tab.timeline'), children: <MilestoneTimeline projects={shown} /> },
              ]}
              destroyOnHidden
            />
          </>
        )}
      </QueryState>
    </>
  );
}
