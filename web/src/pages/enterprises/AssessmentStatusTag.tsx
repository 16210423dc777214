/** An assessment's status as a tag with icon and word: qualifies, qualifies once confirmed, missing data, does not qualify. */
import { CheckCircleOutlined, CloseCircleOutlined, ExclamationCircleOutlined, MinusCircleOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { enterprisesNs } from './messages.ts';

export type AssessmentStatus = 'passed' | 'to-confirm' | 'incomplete' | 'failed' | 'no-rule-set';

const LOOK: Record<AssessmentStatus, { color: string; icon: ReactNode }> = {
  passed: { color: 'success', icon: <CheckCircleOutlined /> },
  'to-confirm': { color: 'processing', icon: <ExclamationCircleOutlined /> },
  incomplete: { color: 'warning', icon: <QuestionCircleOutlined /> },
  failed: { color: 'error', icon: <CloseCircleOutlined /> },
  'no-rule-set': { color: 'default', icon: <MinusCircleOutlined /> },
};

export function AssessmentStatusTag({ status }: { status: AssessmentStatus }) {
  const { t } = useTranslation(enterprisesNs);
  const look = LOOK[status];
  return (
    <Tag color={look.color} icon={look.icon} data-status={status}>
      {t(`status.${status}`)}
    </Tag>
  );
}
