/** Who the enterprise is: credit code, city or county, park, clusters and segments, founding, size, listing, certificates held now. */
import { Descriptions, Typography } from 'antd';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EnterpriseDetail } from '../../api/types.ts';
import type { PlanNames } from '../../app/plan-names.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { CertificationTags } from './CertificationTags.tsx';
import { enterprisesNs } from './messages.ts';
import { sizeClassName } from './record-labels.ts';

export function EnterpriseIdentity({ enterprise: e, names }: { enterprise: EnterpriseDetail; names: PlanNames }) {
  const { t } = useTranslation(enterprisesNs);
  const { text } = useLang();
  const dash = <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 3 }} data-testid="enterprise-identity">
      <Descriptions.Item label={t('identity.creditCode')}>
        <Typography.Text code copyable>
          {e.creditCode}
        </Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={t('identity.region')}>
        <Link to={`/map/regions/${e.regionCode}`}>{names.region(e.regionCode)}</Link>
      </Descriptions.Item>
      <Descriptions.Item label={t('identity.park')}>{e.parkId ? names.park(e.parkId) : dash}</Descriptions.Item>
      <Descriptions.Item label={t('identity.clusters')}>
        {e.clusters.length === 0
          ? dash
          : e.clusters.map((id, i) => (
              <Fragment key={id}>
                {i > 0 ? names.sep : null}
                <Link to={`/industry/clusters/${id}`}>{names.cluster(id)}</Link>
              </Fragment>
            ))}
      </Descriptions.Item>
      <Descriptions.Item label={t('identity.segments')}>{e.segments.length === 0 ? dash : e.segments.map(names.segment).join(names.sep)}</Descriptions.Item>
      <Descriptions.Item label={t('identity.founded')}>{e.foundedOn ?? dash}</Descriptions.Item>
      <Descriptions.Item label={t('identity.size')}>{text(sizeClassName(e.sizeClass)) || dash}</Descriptions.Item>
      <Descriptions.Item label={t('identity.listed')}>{e.listed ? t('yes') : t('no')}</Descriptions.Item>
      <Descriptions.Item label={t('identity.tiers', { at: e.at })}>
        <CertificationTags kinds={e.tiers} />
      </Descriptions.Item>
    </Descriptions>
  );
}
