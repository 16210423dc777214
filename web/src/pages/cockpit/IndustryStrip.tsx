/**
 * The 345X industry system in one strip: each tier (千亿级, 五百亿级, 百亿级, 未来产业) with
 * its clusters, each cluster's 2030 target, how far along it is and its status. Links to
 * the industry pages for those who may open them.
 */
import { Card, Col, Flex, Progress, Row, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EvaluatedIndicator, PlanCluster, PlanSummary } from '../../api/types.ts';
import { StatusTag } from '../../components/StatusTag.tsx';
import { STATUS_COLOR } from '../../components/status-style.ts';
import { barPercent } from '../../format/indicator-format.ts';
import { formatPct, formatValue } from '../../format/numbers.ts';
import { unitOf } from '../../format/units.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { tierColumns } from './cockpit-model.ts';
import { cockpitNs } from './messages.ts';

interface Props {
  plan: PlanSummary;
  clusters: PlanCluster[];
  rows: EvaluatedIndicator[];
  /** The industry pages are for roles that read every region. */
  linkable: boolean;
}

export function IndustryStrip({ plan, clusters, rows, linkable }: Props) {
  const { t } = useTranslation([cockpitNs, 'common']);
  const { lang, text } = useLang();
  const columns = tierColumns(plan.tiers, clusters, rows);
  const title = plan.industrySystem ? text(plan.industrySystem.name) : t('industry.title');
  return (
    <Card
      title={title}
      extra={linkable ? <Link to="/industry">{t('industry.open')}</Link> : null}
      style={{ height: '100%' }}
      data-testid="industry-strip"
      className="tags-wrap"
    >
      <Row gutter={[12, 12]}>
        {columns.map((tier) => (
          <Col key={tier.id} xs={24} sm={12} xl={6}>
            <Typography.Title level={3} style={{ fontSize: 14, margin: '0 0 6px' }}>
              {text(tier.name)} <Typography.Text type="secondary">{t('industry.clusters', { count: tier.clusters.length })}</Typography.Text>
            </Typography.Title>
            <Flex vertical gap={8}>
              {tier.clusters.map((cluster) => {
                const name = text(cluster.name);
                const row = cluster.row;
                const unit = unitOf(plan.units, cluster.target?.unit ?? row?.unit ?? '');
                return (
                  <div key={cluster.id}>
                    <Flex justify="space-between" gap={4} align="center" wrap>
                      <Typography.Text style={{ fontSize: 13 }}>{linkable ? <Link to={`/industry/clusters/${cluster.id}`}>{name}</Link> : name}</Typography.Text>
                      {row ? <StatusTag status={row.status} /> : null}
                    </Flex>
                    {row ? (
                      <Tooltip
                        title={t('industry.tooltip', {
                          latest: formatValue(row.latest?.value, unit, lang),
                          target: formatValue(cluster.target?.value ?? row.target.value, unit, lang),
                          pct: formatPct(row.completionPct, lang),
                        })}
                      >
                        <Progress
                          percent={barPercent(row.completionPct)}
                          size="small"
                          strokeColor={STATUS_COLOR[row.status]}
                          format={() => formatValue(cluster.target?.value ?? row.target.value, unit, lang, 0)}
                          aria-label={t('industry.progress', { name, pct: formatPct(row.completionPct, lang) })}
                        />
                      </Tooltip>
                    ) : (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('industry.noTarget')}
                      </Typography.Text>
                    )}
                  </div>
                );
              })}
            </Flex>
          </Col>
        ))}
      </Row>
    </Card>
  );
}
