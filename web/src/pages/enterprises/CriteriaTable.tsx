/**
 * A tier's criteria, item by item: which group, the value the assessment used (or that it is
 * missing), what is required, the outcome in a word, and points with the next band up.
 */
import { CheckCircleOutlined, CloseCircleOutlined, ExclamationCircleOutlined, MinusCircleOutlined, QuestionCircleOutlined, StarOutlined } from '@ant-design/icons';
import { Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Text } from '../../api/text.ts';
import type { AssessmentJson, CriterionJson } from '../../api/types.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { criterionOutcome, nextBandText, pointsText, requirementText, valueText, type CriterionOutcome } from './criterion-format.ts';
import { enterprisesNs } from './messages.ts';

const OUTCOME_LOOK: Record<CriterionOutcome, { color: string; icon: ReactNode }> = {
  met: { color: 'success', icon: <CheckCircleOutlined /> },
  'not-met': { color: 'error', icon: <CloseCircleOutlined /> },
  'to-confirm': { color: 'processing', icon: <ExclamationCircleOutlined /> },
  missing: { color: 'warning', icon: <QuestionCircleOutlined /> },
  scored: { color: 'default', icon: <StarOutlined /> },
  'not-applicable': { color: 'default', icon: <MinusCircleOutlined /> },
  'not-computable': { color: 'default', icon: <MinusCircleOutlined /> },
};

export function OutcomeTag({ outcome }: { outcome: CriterionOutcome }) {
  const { t } = useTranslation(enterprisesNs);
  const look = OUTCOME_LOOK[outcome];
  return (
    <Tag color={look.color} icon={look.icon} data-outcome={outcome}>
      {t(`check.outcome.${outcome}`)}
    </Tag>
  );
}

export function CriteriaTable({ assessment, labels }: { assessment: AssessmentJson; labels: ReadonlyMap<string, Text> }) {
  const { t } = useTranslation(enterprisesNs);
  const { text, lang } = useLang();
  const groupName = new Map(assessment.groups.map((g) => [g.id, g.name]));
  const dimensionName = new Map(assessment.dimensions.map((d) => [d.id, d.name]));
  const columns: ColumnsType<CriterionJson> = [
    {
      key: 'criterion',
      title: t('check.col.criterion'),
      render: (_, c) => (
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
            {text(groupName.get(c.group))}
            {c.dimension ? ` · ${text(dimensionName.get(c.dimension))}` : ''}
          </Typography.Text>
          <Typography.Text>{text(c.name)}</Typography.Text>
          {c.unverified ? (
            <Tag color="warning" style={{ marginLeft: 6, fontSize: 11 }}>
              {t('check.unverified')}
            </Tag>
          ) : null}
          <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
            {text(c.explanation)}
          </Typography.Text>
          {c.note ? (
            <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', fontStyle: 'italic' }}>
              {t('check.note')}{lang === 'zh' ? '：' : ': '}{text(c.note)}
            </Typography.Text>
          ) : null}
        </div>
      ),
    },
    {
      key: 'value',
      title: t('check.col.value'),
      width: 150,
      render: (_, c) => {
        const value = valueText(c, lang, labels);
        if (value !== null) return value;
        return (
          <Tooltip title={c.missing.map((m) => text(m.name)).join(t('listSeparator'))}>
            <Typography.Text type="warning">{t('check.missingValue')}</Typography.Text>
          </Tooltip>
        );
      },
    },
    { key: 'requirement', title: t('check.col.requirement'), width: 170, render: (_, c) => requirementText(c, lang, labels) ?? '—' },
    { key: 'outcome', title: t('check.col.outcome'), width: 110, render: (_, c) => <OutcomeTag outcome={criterionOutcome(c)} /> },
    {
      key: 'points',
      title: t('check.col.points'),
      width: 150,
      render: (_, c) => {
        const points = pointsText(c, lang);
        if (points === null) return '—';
        const next = nextBandText(c, lang, labels);
        return (
          <span>
            {points}
            {next ? (
              <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                {t('check.nextBand', { band: next })}
              </Typography.Text>
            ) : null}
          </span>
        );
      },
    },
  ];
  return (
    <Table<CriterionJson>
      rowKey={(c) => `${c.group}|${c.id}`}
      size="small"
      columns={columns}
      dataSource={assessment.criteria}
      pagination={false}
      scroll={{ x: 900 }}
      data-testid={`criteria-${assessment.tier}`}
    />
  );
}
