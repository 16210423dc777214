/** The three poles in words: each one's core city, the counties it radiates to, its industries and core parks. */
import { Card, Col, Descriptions, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanCluster, PlanPark, PlanPole, PlanRegion } from '../../api/types.ts';
import { SectionTitle } from '../../components/SectionTitle.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { POLE_COLORS } from './map-option.ts';
import { mapNs } from './messages.ts';

interface Props {
  poles: PlanPole[];
  regions: PlanRegion[];
  parks: PlanPark[];
  clusters: PlanCluster[];
  year: number;
}

export function PolesCard({ poles, regions, parks, clusters, year }: Props) {
  const { t } = useTranslation([mapNs, 'common']);
  const { lang, text } = useLang();
  const sep = lang === 'zh' ? '、' : ', ';
  const regionLinks = (codes: string[]) =>
    codes.map((code, i) => (
      <span key={code}>
        {i > 0 ? sep : ''}
        <Link to={`/map/regions/${code}?year=${year}`}>{text(regions.find((r) => r.code === code)?.name) || code}</Link>
      </span>
    ));
  return (
    <Card title={<SectionTitle>{t('poles.title')}</SectionTitle>} data-testid="poles">
      <Row gutter={[16, 16]}>
        {poles.map((pole, i) => (
          <Col key={pole.id} xs={24} lg={8}>
            <Card size="small" style={{ borderTop: `3px solid ${POLE_COLORS[i % POLE_COLORS.length]}`, height: '100%' }}>
              <Typography.Title level={3} style={{ fontSize: 15, margin: '0 0 4px' }}>
                {t('poles.circle', { pole: text(pole.name) })}
              </Typography.Title>
              <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
                {text(pole.role)}
              </Typography.Paragraph>
              <Descriptions size="small" column={1} layout="vertical">
                <Descriptions.Item label={t('poles.core')}>
                  <span>{regionLinks(pole.core)}</span>
                </Descriptions.Item>
                <Descriptions.Item label={t('poles.radiates')}>
                  <span>{regionLinks(pole.radiates)}</span>
                </Descriptions.Item>
                {pole.coreParks.length > 0 ? (
                  <Descriptions.Item label={t('poles.parks')}>{pole.coreParks.map((id) => text(parks.find((p) => p.id === id)?.name) || id).join(sep)}</Descriptions.Item>
                ) : null}
                <Descriptions.Item label={t('poles.clusters')}>
                  <span>
                    {pole.clusters.map((id) => {
                      const c = clusters.find((x) => x.id === id);
                      return (
                        <Link key={id} to={`/industry/clusters/${id}?year=${year}`}>
                          <Tag style={{ marginBottom: 4 }}>{c ? text(c.name) : id}</Tag>
                        </Link>
                      );
                    })}
                  </span>
                </Descriptions.Item>
              </Descriptions>
            </Card>
          </Col>
        ))}
      </Row>
    </Card>
  );
}
