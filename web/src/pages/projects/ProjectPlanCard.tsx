/** What the plan says about a project: its own words (quote and where), the field it is listed under, the stage it states. */
import { Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProjectDetail } from '../../api/types.ts';
import { StageTag } from '../../components/StageTag.tsx';
import { projectsNs } from './messages.ts';
import type { useColumnNames } from './use-column-names.ts';

export function ProjectPlanCard({ project, columns }: { project: ProjectDetail; columns: ReturnType<typeof useColumnNames> }) {
  const { t } = useTranslation(projectsNs);
  return (
    <>
      <blockquote style={{ margin: '0 0 12px', padding: '8px 12px', borderLeft: '3px solid #1677ff', background: '#f5f9ff' }} data-testid="plan-quote">
        <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
          {t('plan.quote')}
        </Typography.Text>
        <Typography.Text lang="zh-CN">“{project.source.quote}”</Typography.Text>
      </blockquote>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('plan.ref')}>
          {/* The plan cites its column (专栏3); say which one that is, or where else it is written. */}
          {project.source.ref === columns.short(project.column) || project.source.ref === `专栏${project.column}` ? (
            columns.name(project.column)
          ) : (
            <>
              <span lang="zh-CN">{project.source.ref}</span> · {columns.name(project.column)}
            </>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('plan.heading')}>
          <span lang="zh-CN">{project.heading}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('plan.stage')}>
          <StageTag stage={project.planStage} />
        </Descriptions.Item>
        {project.collective ? (
          <Descriptions.Item label={t('plan.collective')}>
            <Tag>{t('collective')}</Tag> {t('collectiveHint')}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
    </>
  );
}
