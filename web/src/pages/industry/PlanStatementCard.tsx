/**
 * What the plan says of the cluster: its own sentence with the reference (Chinese, the plan's
 * text), the qualitative goal where it has no number, and the poles and parks the plan makes
 * its home.
 */
import { Card, Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanCluster, PlanPark, PlanPole } from '../../api/types.ts';
import { SectionTitle } from '../../components/SectionTitle.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { industryNs } from './messages.ts';

export function PlanStatementCard({ cluster, poles, parks }: { cluster: PlanCluster; poles: PlanPole[]; parks: PlanPark[] }) {
  const { t } = useTranslation([industryNs, 'common']);
  const { lang, text } = useLang();
  const focusing = poles.filter((p) => p.clusters.includes(cluster.id));
  const hosting = parks.filter((p) => p.clusters.includes(cluster.id));
  return (
    <Card title={<SectionTitle>{t('cluster.plan')}</SectionTitle>} data-testid="plan-statement" style={{ height: '100%' }}>
      <Typography.Paragraph style={{ marginTop: 0 }}>
        <Typography.Text type="secondary">{t('cluster.quote')}
          {t('colon')}
        </Typography.Text>
        <q lang="zh-CN" style={{ fontSize: 15 }}>
          {cluster.source.quote}
        </q>
        <br />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('cluster.ref', { ref: cluster.source.ref })}
        </Typography.Text>
      </Typography.Paragraph>
      {cluster.goal ? (
        <Typography.Paragraph>
          <Typography.Text type="secondary">{t('cluster.goal')}
            {t('colon')}
          </Typography.Text>
          {text(cluster.goal)}
        </Typography.Paragraph>
      ) : null}
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('cluster.poles')}>
          {focusing.length === 0
            ? t('cluster.none')
            : focusing.map((p) => (
                <Link key={p.id} to="/map">
                  <Tag color="blue">{text(p.name)}</Tag>
                </Link>
              ))}
        </Descriptions.Item>
        <Descriptions.Item label={t('cluster.parks')}>
          {hosting.length === 0 ? t('cluster.none') : hosting.map((p) => text(p.name)).join(lang === 'zh' ? '、' : '; ')}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
