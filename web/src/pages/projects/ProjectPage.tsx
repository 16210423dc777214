/**
 * One key project: what the plan says (its words and where), where it sits, its progress by
 * year, its milestones and every change made — and, for those the API lets update it, forms
 * to report a year's progress and a milestone.
 */
import { ArrowLeftOutlined, FlagOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Row, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ProjectDetail } from '../../api/types.ts';
import { usePlanNames } from '../../app/plan-names.ts';
import { useSession } from '../../app/session.tsx';
import { useSettings } from '../../app/settings.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { StageTag } from '../../components/StageTag.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { DelayTag } from './DelayTag.tsx';
import { HistorySection } from './HistorySection.tsx';
import { projectsNs } from './messages.ts';
import { MilestoneFormModal } from './MilestoneFormModal.tsx';
import { MilestonesSection } from './MilestonesSection.tsx';
import { ProgressFormModal } from './ProgressFormModal.tsx';
import { ProgressSection } from './ProgressSection.tsx';
import { mayUpdateProject } from './project-access.ts';
import { ProjectPlaceCard } from './ProjectPlaceCard.tsx';
import { ProjectPlanCard } from './ProjectPlanCard.tsx';
import { useColumnNames } from './use-column-names.ts';
import { useProject } from './use-project.ts';

type Milestone = ProjectDetail['milestones'][number];

/** The years a progress record can be given for: the plan's period, and any year already reported. */
function reportableYears(project: ProjectDetail, baseYear: number, targetYear: number): number[] {
  const years = new Set(project.progress.map((p) => p.year));
  for (let y = baseYear; y <= targetYear; y++) years.add(y);
  return [...years].sort((a, b) => a - b);
}

function ProjectView({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation([projectsNs, 'common']);
  const { text } = useLang();
  const { user } = useSession();
  const settings = useSettings();
  const names = usePlanNames();
  const columns = useColumnNames(names);
  const [progressYear, setProgressYear] = useState<number | null>(null);
  const [milestone, setMilestone] = useState<Milestone | null | undefined>(undefined);
  const may = mayUpdateProject(user, project);
  const baseYear = settings.data?.plan.baseYear ?? 2025;
  const targetYear = settings.data?.plan.targetYear ?? 2030;
  const years = reportableYears(project, baseYear, targetYear);
  const thisYear = Math.min(Math.max(dayjs().year(), baseYear), targetYear);

  return (
    <>
      <PageHeader
        back={
          <Link to="/projects" style={{ display: 'inline-block', marginBottom: 4 }}>
            <ArrowLeftOutlined /> {t('back')}
          </Link>
        }
        title={text(project.name)}
        subtitle={`${columns.name(project.column)} · ${project.segmentId ? names.segment(project.segmentId) : project.heading}`}
        extra={
          <Flex gap={8} align="center" wrap>
            <StageTag stage={project.stage} />
            {project.stage !== project.planStage ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('stage.planSays', { stage: t(`common:stage.${project.planStage}`) })}
              </Typography.Text>
            ) : null}
            <DelayTag project={project} />
          </Flex>
        }
      />
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} lg={14}>
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('section.plan')}</h2>} style={{ height: '100%' }}>
            <ProjectPlanCard project={project} columns={columns} />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('section.place')}</h2>} style={{ height: '100%' }}>
            <ProjectPlaceCard project={project} names={names} />
          </Card>
        </Col>
      </Row>
      <Flex vertical gap={16}>
        <Card
          title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('section.progress')}</h2>}
          extra={
            may ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setProgressYear(thisYear)} data-testid="progress-add">
                {t('update.progress')}
              </Button>
            ) : null
          }
        >
          {may ? (
            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
              {t('update.who')}
            </Typography.Paragraph>
          ) : null}
          <ProgressSection project={project} onEdit={may ? setProgressYear : null} />
        </Card>
        <Card
          title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('section.milestones')}</h2>}
          extra={
            may ? (
              <Button icon={<FlagOutlined />} onClick={() => setMilestone(null)} data-testid="milestone-add">
                {t('update.milestone')}
              </Button>
            ) : null
          }
        >
          <MilestonesSection project={project} onEdit={may ? setMilestone : null} />
        </Card>
        <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('section.history')}</h2>}>
          <HistorySection projectId={project.id} />
        </Card>
      </Flex>
      {may ? (
        <>
          <ProgressFormModal project={project} open={progressYear !== null} year={progressYear ?? thisYear} years={years} onClose={() => setProgressYear(null)} />
          <MilestoneFormModal project={project} milestone={milestone ?? null} open={milestone !== undefined} onClose={() => setMilestone(undefined)} />
        </>
      ) : null}
    </>
  );
}

export function ProjectPage() {
  const { id = '' } = useParams();
  const project = useProject(id);
  return <QueryState query={project}>{(data) => <ProjectView project={data} />}</QueryState>;
}
