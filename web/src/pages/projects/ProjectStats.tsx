/** The headline of the project views: how many projects, how many delayed, milestones overdue, and the year's investment completed. */
import { Card, Col, Flex, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProjectSummary } from '../../api/types.ts';
import { StageTag } from '../../components/StageTag.tsx';
import { formatPct } from '../../format/numbers.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { projectStages } from '../../../../src/records/project-progress.ts';
import { formatInvestment } from './format-investment.ts';
import { projectsNs } from './messages.ts';
import { completionPct, latestInvestment, stageCounts } from './project-shape.ts';

export function ProjectStats({ projects }: { projects: ProjectSummary[] }) {
  const { t } = useTranslation(projectsNs);
  const { lang } = useLang();
  const counts = stageCounts(projects);
  const delayed = projects.filter((p) => p.delayed).length;
  const overdue = projects.reduce((n, p) => n + p.delay.overdueMilestones, 0);
  const investment = latestInvestment(projects);
  const pct = investment ? completionPct(investment.planned, investment.completed) : null;
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }} data-testid="project-stats">
      <Col xs={12} lg={4}>
        <Card size="small">
          <Statistic title={t('stats.projects')} value={projects.length} />
        </Card>
      </Col>
      <Col xs={12} lg={4}>
        <Card size="small">
          <Statistic title={t('stats.delayed')} value={delayed} styles={{ content: { color: delayed > 0 ? '#cf1322' : undefined } }} />
        </Card>
      </Col>
      <Col xs={12} lg={4}>
        <Card size="small">
          <Statistic title={t('stats.overdue')} value={overdue} styles={{ content: { color: overdue > 0 ? '#cf1322' : undefined } }} />
        </Card>
      </Col>
      <Col xs={12} lg={6}>
        <Card size="small">
          <Statistic
            title={investment ? t('stats.investment', { year: investment.year }) : t('investment.none')}
            value={pct === null ? '—' : formatPct(pct, lang)}
          />
          {investment ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('stats.investmentDetail', { completed: formatInvestment(investment.completed, lang), planned: formatInvestment(investment.planned, lang) })}
            </Typography.Text>
          ) : null}
        </Card>
      </Col>
      <Col xs={24} lg={6}>
        <Card size="small" title={t('stats.byStage')} styles={{ header: { minHeight: 32, fontWeight: 400, color: 'rgba(0,0,0,0.45)' } }}>
          <Flex wrap gap={4}>
            {projectStages.map((s) => (
              <span key={s}>
                <StageTag stage={s} /> {counts[s]}
              </span>
            ))}
          </Flex>
        </Card>
      </Col>
    </Row>
  );
}
