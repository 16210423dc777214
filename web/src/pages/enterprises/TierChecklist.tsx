/**
 * The cultivation checklist: every tier with its verdict at a glance (status, certificate held,
 * score, one short) and, opened, the assessment in full. The first tier not yet held opens by
 * itself — the next rung is what an enterprise and its officer look at first.
 */
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Collapse, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Text } from '../../api/text.ts';
import type { AssessmentJson } from '../../api/types.ts';
import { useLang } from '../../i18n/use-lang.ts';
import type { Bound } from '../../../../src/cultivation/comparator.ts';
import { formatBound } from '../../../../src/cultivation/format.ts';
import { AssessmentStatusTag } from './AssessmentStatusTag.tsx';
import { enterprisesNs } from './messages.ts';
import { TierAssessmentDetail } from './TierAssessmentDetail.tsx';

function ScoreText({ a }: { a: AssessmentJson }) {
  const { t } = useTranslation(enterprisesNs);
  const { lang } = useLang();
  if (a.score === null) return null;
  const score = a.scoreUpTo !== null && a.scoreUpTo !== a.score ? t('check.scoreRange', { score: a.score, upTo: a.scoreUpTo }) : t('check.score', { score: a.score });
  const pass = a.passScore ? formatBound({ op: a.passScore.comparator, value: a.passScore.value } as Bound, 'points', lang) : null;
  return (
    <Typography.Text type="secondary">
      {score}
      {pass ? (lang === 'zh' ? `（通过线 ${pass}）` : ` (pass ${pass})`) : ''}
    </Typography.Text>
  );
}

export function TierChecklist({ assessments, labels }: { assessments: AssessmentJson[]; labels: ReadonlyMap<string, Text> }) {
  const { t } = useTranslation(enterprisesNs);
  const { text } = useLang();
  const firstOpen = assessments.find((a) => !a.certified && a.status !== 'no-rule-set')?.tier;
  return (
    <Collapse
      defaultActiveKey={firstOpen ? [firstOpen] : []}
      data-testid="tier-checklist"
      items={assessments.map((a) => ({
        key: a.tier,
        label: (
          <Flex wrap gap={8} align="center" data-testid={`tier-${a.tier}`}>
            <Typography.Text strong>{text(a.tierName)}</Typography.Text>
            <AssessmentStatusTag status={a.status} />
            {a.certified ? (
              <Tag color="green" icon={<SafetyCertificateOutlined />}>
                {t('check.certified')}
              </Tag>
            ) : null}
            {a.nearMiss ? <Tag color="orange">{t('check.nearMiss')}</Tag> : null}
            {a.outOfScope ? <Tag>{t('check.outOfScope')}</Tag> : null}
            {a.unverified ? <Tag color="warning">{t('check.unverified')}</Tag> : null}
            <ScoreText a={a} />
          </Flex>
        ),
        children: <TierAssessmentDetail assessment={a} labels={labels} />,
      }))}
    />
  );
}
