/** A project's stage as a tag: the plan's word (谋划 · 推进 · 建设 · 投产) with an icon, not colour alone. */
import { BulbOutlined, CheckCircleOutlined, SendOutlined, ToolOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectStageId } from '../../../src/records/project-progress.ts';

const STAGE_LOOK: Record<ProjectStageId, { color: string; icon: ReactNode }> = {
  planned: { color: 'default', icon: <BulbOutlined /> },
  advancing: { color: 'cyan', icon: <SendOutlined /> },
  construction: { color: 'blue', icon: <ToolOutlined /> },
  operating: { color: 'green', icon: <CheckCircleOutlined /> },
};

/** Chart colours of the stages (the board's column heads), the tags' hues. */
export const STAGE_COLOR: Record<ProjectStageId, string> = {
  planned: '#8c8c8c',
  advancing: '#13c2c2',
  construction: '#1677ff',
  operating: '#389e0d',
};

export function StageTag({ stage }: { stage: ProjectStageId }) {
  const { t } = useTranslation();
  const look = STAGE_LOOK[stage];
  return (
    <Tag color={look.color} icon={look.icon} data-stage={stage}>
      {t(`stage.${stage}`)}
    </Tag>
  );
}
