/** Every indicator of the plan as a card, under its category (规模目标, 集群目标, …). */
import { Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EvaluatedIndicator, PlanSummary } from '../../api/types.ts';
import { unitOf } from '../../format/units.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { groupByCategory } from './cockpit-model.ts';
import { IndicatorCard } from './IndicatorCard.tsx';
import { cockpitNs } from './messages.ts';

export function IndicatorCardGrid({ rows, plan, viewQuery }: { rows: EvaluatedIndicator[]; plan: PlanSummary; viewQuery: string }) {
  const { t } = useTranslation([cockpitNs, 'common']);
  const { text } = useLang();
  return (
    <section aria-labelledby="cockpit-all-indicators">
      <Typography.Title level={2} id="cockpit-all-indicators" style={{ fontSize: 18, marginTop: 8 }}>
        {t('cards.title', { count: rows.length })}
      </Typography.Title>
      {groupByCategory(plan.categories, rows).map((group) => (
        <section key={group.id} aria-labelledby={`category-${group.id}`} style={{ marginBottom: 16 }}>
          <Typography.Title level={3} id={`category-${group.id}`} style={{ fontSize: 15, margin: '8px 0' }}>
            {text(group.name)} <Typography.Text type="secondary">{t('cards.groupCount', { count: group.rows.length })}</Typography.Text>
          </Typography.Title>
          <Row gutter={[12, 12]}>
            {group.rows.map((row) => (
              <Col key={row.id} xs={24} sm={12} lg={8} xl={6} xxl={4}>
                <IndicatorCard row={row} unit={unitOf(plan.units, row.unit)} viewQuery={viewQuery} />
              </Col>
            ))}
          </Row>
        </section>
      ))}
    </section>
  );
}
