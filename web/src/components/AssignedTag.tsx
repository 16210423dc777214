/** A year's assigned-target outcome (完成 / 未完成下达目标) as a tag: colour, icon and word. */
import { CheckCircleOutlined, CloseCircleOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useLang } from '../i18n/use-lang.ts';
import { assignedLabels, type AssignedStatus } from '../../../src/evaluation/statuses.ts';

const LOOK: Record<AssignedStatus, { color: string; icon: ReactNode }> = {
  met: { color: 'success', icon: <CheckCircleOutlined /> },
  not_met: { color: 'error', icon: <CloseCircleOutlined /> },
  no_data: { color: 'default', icon: <QuestionCircleOutlined /> },
};

export function AssignedTag({ status, prefix }: { status: AssignedStatus; prefix?: ReactNode }) {
  const { text } = useLang();
  return (
    <Tag color={LOOK[status].color} icon={LOOK[status].icon} data-assigned={status}>
      {prefix}
      {text(assignedLabels[status])}
    </Tag>
  );
}
