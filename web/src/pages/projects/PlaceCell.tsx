/** Where a project is: its cities or counties (links to their pages) and parks; province-wide when the plan names none. */
import { Typography } from 'antd';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProjectSummary } from '../../api/types.ts';
import type { PlanNames } from '../../app/plan-names.ts';
import { projectsNs } from './messages.ts';

export function PlaceCell({ project, names }: { project: Pick<ProjectSummary, 'regions' | 'parks'>; names: PlanNames }) {
  const { t } = useTranslation(projectsNs);
  if (project.regions.length === 0 && project.parks.length === 0) return <Typography.Text type="secondary">{t('noPlace')}</Typography.Text>;
  return (
    <span>
      {project.regions.map((code, i) => (
        <Fragment key={code}>
          {i > 0 ? names.sep : null}
          <Link to={`/map/regions/${code}`}>{names.region(code)}</Link>
        </Fragment>
      ))}
      {project.parks.length > 0 ? (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          {project.parks.map(names.park).join(names.sep)}
        </Typography.Text>
      ) : null}
    </span>
  );
}
