/** A key project's stage (谋划 → 推进 → 建设 → 投产) as a tag: colour and the word. */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProjectSummary } from '../../api/types.ts';
import { industryNs } from './messages.ts';

const COLOR: Record<ProjectSummary['stage'], string> = { planned: 'default', advancing: 'processing', construction: 'gold', operating: 'success' };

export function StageTag({ stage }: { stage: ProjectSummary['stage'] }) {
  const { t } = useTranslation([industryNs, 'common']);
  return (
    <Tag color={COLOR[stage]} data-stage={stage}>
      {t(`stage.${stage}`)}
    </Tag>
  );
}
