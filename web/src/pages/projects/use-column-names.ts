/** The plan's columns (专栏) as options: "专栏3 · 高端消费品加工", named by the clusters of their projects. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlanProjects } from '../../api/queries.ts';
import type { PlanNames } from '../../app/plan-names.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { projectsNs } from './messages.ts';
import { columnsOf } from './project-shape.ts';

export function useColumnNames(names: PlanNames) {
  const { t } = useTranslation(projectsNs);
  const { lang } = useLang();
  const projects = usePlanProjects();
  return useMemo(() => {
    const columns = columnsOf(projects.data ?? []);
    const label = new Map(
      columns.map((c) => {
        const clusters = c.clusterIds.slice(0, 3).map(names.cluster).join(lang === 'zh' ? '、' : ', ') + (c.clusterIds.length > 3 ? '…' : '');
        return [c.column, clusters ? t('column.withClusters', { n: c.column, clusters }) : t('column.label', { n: c.column })] as const;
      }),
    );
    return {
      columns,
      /** The column's long name (with its clusters). */
      name: (column: number) => label.get(column) ?? t('column.label', { n: column }),
      /** The plan's own short name: 专栏3. */
      short: (column: number) => t('column.label', { n: column }),
    };
  }, [projects.data, names, lang, t]);
}
