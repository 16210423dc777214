/** An observation's workflow status as a tag: colour, icon and word (never colour alone). */
import { AuditOutlined, ClockCircleOutlined, EditOutlined, LockOutlined, RollbackOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Observation } from '../../api/types.ts';
import { dataNs } from './messages.ts';

type Status = Observation['status'] | 'region-approved';

const LOOK: Record<Status, { color: string; icon: ReactNode }> = {
  draft: { color: 'default', icon: <EditOutlined /> },
  submitted: { color: 'processing', icon: <ClockCircleOutlined /> },
  'region-approved': { color: 'cyan', icon: <AuditOutlined /> },
  approved: { color: 'success', icon: <LockOutlined /> },
  returned: { color: 'warning', icon: <RollbackOutlined /> },
};

export function ObservationStatusTag({ status, regionApproved = false }: { status: Observation['status']; regionApproved?: boolean }) {
  const { t } = useTranslation(dataNs);
  // Park data approved by its region still waits for the province: say so.
  const shown: Status = status === 'submitted' && regionApproved ? 'region-approved' : status;
  return (
    <Tag color={LOOK[shown].color} icon={LOOK[shown].icon} data-status={shown}>
      {t(`status.${shown}`)}
    </Tag>
  );
}
