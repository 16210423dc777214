/** Where a project sits in the industry system and on the map: cluster and segment, cities or counties, parks — linked to their pages. */
import { Descriptions, Typography } from 'antd';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProjectDetail } from '../../api/types.ts';
import type { PlanNames } from '../../app/plan-names.ts';
import { projectsNs } from './messages.ts';

const joined = (items: { key: string; node: ReactNode }[], sep: string) =>
  items.map((item, i) => (
    <Fragment key={item.key}>
      {i > 0 ? sep : null}
      {item.node}
    </Fragment>
  ));

export function ProjectPlaceCard({ project, names }: { project: ProjectDetail; names: PlanNames }) {
  const { t } = useTranslation(projectsNs);
  const none = <Typography.Text type="secondary">{t('noPlace')}</Typography.Text>;
  return (
    <Descriptions size="small" column={1} bordered>
      <Descriptions.Item label={t('place.cluster')}>
        {project.clusterId ? <Link to={`/industry/clusters/${project.clusterId}`}>{names.cluster(project.clusterId)}</Link> : none}
      </Descriptions.Item>
      <Descriptions.Item label={t('place.segment')}>{project.segmentId ? names.segment(project.segmentId) : none}</Descriptions.Item>
      <Descriptions.Item label={t('place.regions')}>
        {project.regions.length > 0 ? joined(project.regions.map((code) => ({ key: code, node: <Link to={`/map/regions/${code}`}>{names.region(code)}</Link> })), names.sep) : none}
      </Descriptions.Item>
      <Descriptions.Item label={t('place.parks')}>
        {project.parks.length > 0
          ? joined(
              project.parks.map((id) => {
                const region = names.parkRegion(id);
                return { key: id, node: region ? <Link to={`/map/regions/${region}`}>{names.park(id)}</Link> : names.park(id) };
              }),
              names.sep,
            )
          : none}
      </Descriptions.Item>
    </Descriptions>
  );
}
