/**
 * Whether a project is delayed, in words: 滞后 with the reasons the API judged (investment
 * below 60 % of planned, milestones overdue), 正常推进, or that nothing has been reported.
 */
import { CheckCircleOutlined, ClockCircleOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProjectSummary } from '../../api/types.ts';
import { formatPct } from '../../format/numbers.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { projectsNs } from './messages.ts';
import { delayReasons } from './project-shape.ts';

export function useDelayWords() {
  const { t } = useTranslation(projectsNs);
  const { lang } = useLang();
  return (project: Pick<ProjectSummary, 'delayed' | 'delay' | 'latest' | 'milestones'>): string[] => {
    const r = delayReasons(project);
    const words: string[] = [];
    if (r.investmentPct !== null) words.push(t('delay.investment', { pct: formatPct(r.investmentPct, lang) }));
    if (r.overdueMilestones > 0) words.push(t('delay.milestones', { count: r.overdueMilestones }));
    return words;
  };
}

export function DelayTag({ project, withReasons = true }: { project: Pick<ProjectSummary, 'delayed' | 'delay' | 'latest' | 'milestones'>; withReasons?: boolean }) {
  const { t } = useTranslation(projectsNs);
  const reasonsOf = useDelayWords();
  const r = delayReasons(project);
  if (r.delayed) {
    const reasons = reasonsOf(project);
    return (
      <Flex vertical gap={2} align="flex-start">
        <Tag color="error" icon={<ClockCircleOutlined />} data-delayed="true">
          {t('delay.delayed')}
        </Tag>
        {withReasons && reasons.length > 0 ? (
          <Typography.Text type="danger" style={{ fontSize: 12 }}>
            {reasons.join(t('listSeparator'))}
          </Typography.Text>
        ) : null}
      </Flex>
    );
  }
  if (r.noData) {
    return (
      <Tag icon={<QuestionCircleOutlined />} data-delayed="unknown">
        {t('delay.noData')}
      </Tag>
    );
  }
  return (
    <Tag color="success" icon={<CheckCircleOutlined />} data-delayed="false">
      {t('delay.onTrack')}
    </Tag>
  );
}
