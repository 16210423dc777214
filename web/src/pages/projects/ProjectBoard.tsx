/**
 * The board view: a column per stage (谋划 → 推进 → 建设 → 投产) with its count, and a card per
 * project — the delayed first, so what needs attention is at the top of each column.
 */
import { Badge, Card, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProjectSummary } from '../../api/types.ts';
import type { PlanNames } from '../../app/plan-names.ts';
import { STAGE_COLOR, StageTag } from '../../components/StageTag.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { projectStages } from '../../../../src/records/project-progress.ts';
import { DelayTag } from './DelayTag.tsx';
import { InvestmentCell } from './InvestmentCell.tsx';
import { projectsNs } from './messages.ts';
import { byUrgency, stageCounts } from './project-shape.ts';

function ProjectCard({ project, names }: { project: ProjectSummary; names: PlanNames }) {
  const { text } = useLang();
  const place = project.regions.map(names.region).join(names.sep);
  return (
    <Card size="small" style={{ borderLeft: `3px solid ${project.delayed ? '#cf1322' : '#d9d9d9'}` }} data-testid="board-card">
      <Link to={`/projects/${project.id}`} style={{ fontWeight: 500 }}>
        {text(project.name)}
      </Link>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, margin: '2px 0 6px' }}>
        {[project.clusterId ? names.cluster(project.clusterId) : null, place].filter(Boolean).join(' · ')}
      </Typography.Text>
      <InvestmentCell latest={project.latest} compact />
      <div style={{ marginTop: 6 }}>
        <DelayTag project={project} />
      </div>
    </Card>
  );
}

export function ProjectBoard({ projects, names }: { projects: ProjectSummary[]; names: PlanNames }) {
  const { t } = useTranslation(projectsNs);
  const counts = stageCounts(projects);
  return (
    <section aria-label={t('board.caption')}>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(4, minmax(220px, 1fr))', gap: 12, overflowX: 'auto' }}>
        {projectStages.map((stage) => {
          const cards = byUrgency(projects.filter((p) => p.stage === stage));
          return (
            <section
              key={stage}
              aria-labelledby={`board-${stage}`}
              style={{ background: '#fafafa', borderRadius: 8, padding: 8, borderTop: `3px solid ${STAGE_COLOR[stage]}` }}
              data-testid={`board-column-${stage}`}
            >
              <Flex justify="space-between" align="center" style={{ padding: '4px 4px 8px' }}>
                <h2 id={`board-${stage}`} style={{ fontSize: 15, margin: 0 }}>
                  <StageTag stage={stage} />
                </h2>
                <Badge showZero count={t('board.count', { count: counts[stage] })} color={STAGE_COLOR[stage]} data-testid={`board-count-${stage}`} />
              </Flex>
              <Flex vertical gap={8} style={{ maxHeight: 720, overflowY: 'auto', padding: 2 }} tabIndex={0} aria-label={t(`common:stage.${stage}`)}>
                {cards.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('board.empty')} /> : null}
                {cards.map((p) => (
                  <ProjectCard key={p.id} project={p} names={names} />
                ))}
              </Flex>
            </section>
          );
        })}
      </div>
    </section>
  );
}
