/** Where the region stands in the plan's layout: the pole it is the core of or is radiated by, and the parks in it. */
import { Card, Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanCluster, PlanPark } from '../../api/types.ts';
import { SectionTitle } from '../../components/SectionTitle.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import type { PoleMembership } from './map-data.ts';
import { mapNs } from './messages.ts';

export function RegionPlaceCard({ pole, parks, clusters, regionName }: { pole: PoleMembership | null; parks: PlanPark[]; clusters: PlanCluster[]; regionName: (code: string) => string }) {
  const { t } = useTranslation([mapNs, 'common']);
  const { lang, text } = useLang();
  const sep = lang === 'zh' ? '、' : ', ';
  return (
    <Card title={<SectionTitle>{t('region.pole')}</SectionTitle>} style={{ height: '100%' }} data-testid="region-place">
      {pole ? (
        <>
          <Typography.Paragraph strong style={{ marginTop: 0 }} data-testid="region-pole">
            {t(pole.role === 'core' ? 'region.poleCore' : 'region.poleRadiated', { pole: t('poles.circle', { pole: text(pole.pole.name) }) })}
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary">{t('region.poleRole', { role: text(pole.pole.role) })}</Typography.Paragraph>
        </>
      ) : (
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          {t('region.noPole')}
        </Typography.Paragraph>
      )}
      <Typography.Title level={3} style={{ fontSize: 14, marginTop: 8 }}>
        {t('region.parks')}
      </Typography.Title>
      {parks.length === 0 ? (
        <Typography.Text type="secondary">{t('region.noParks')}</Typography.Text>
      ) : (
        <Descriptions size="small" column={1} layout="vertical">
          {parks.map((p) => (
            <Descriptions.Item key={p.id} label={text(p.name)}>
              <Flex vertical gap={2}>
                <span>
                  {t('region.parkFocus', {
                    clusters:
                      p.clusters
                        .map((id) => text(clusters.find((c) => c.id === id)?.name) || id)
                        .join(sep) || '—',
                  })}
                </span>
                {p.regions.length > 1 ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('region.spans', { regions: p.regions.map(regionName).join(sep) })}
                  </Typography.Text>
                ) : null}
                {p.focus ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {text(p.focus)}
                  </Typography.Text>
                ) : null}
              </Flex>
            </Descriptions.Item>
          ))}
        </Descriptions>
      )}
    </Card>
  );
}
