/**
 * The indicators measured as a share of GDP (高新技术产业增加值占GDP比重 against 20 % …):
 * projected in the target year against the target, and what the numerator grows with —
 * its own growth so far, the total revenue, or one cluster (the plan does not say which
 * cluster a value added belongs to, so the reader chooses).
 */
import { Card, Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScenarioLine } from '../../api/types.ts';
import { formatPct, formatValue, type UnitLike } from '../../format/numbers.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { AssumptionTag } from './AssumptionTag.tsx';
import { BulletBar } from './BulletBar.tsx';
import { MetTag } from './MetTag.tsx';
import { scenarioNs } from './messages.ts';
import type { AssumptionLabel } from './scenario-model.ts';

const ACTUAL = '__actual__';

export interface SharesCardProps {
  shares: ScenarioLine[];
  unitOf: (line: ScenarioLine) => UnitLike | undefined;
  labelOf: (line: ScenarioLine) => AssumptionLabel;
  drivers: Record<string, string>;
  /** Cluster id → its name; the choices besides the total. */
  clusters: { id: string; name: string }[];
  onDriverChange: (indicatorId: string, driver: string | null) => void;
  targetYear: number;
}

export function SharesCard({ shares, unitOf, labelOf, drivers, clusters, onDriverChange, targetYear }: SharesCardProps) {
  const { t } = useTranslation(scenarioNs);
  const { lang, text } = useLang();
  const options = [
    { value: ACTUAL, label: t('driverActual') },
    { value: 'total', label: t('driverTotal') },
    ...clusters.map((c) => ({ value: c.id, label: c.name })),
  ];
  return (
    <Card title={t('shares')} data-testid="scenario-shares" style={{ height: '100%' }}>
      <Flex vertical gap={12}>
        {shares.map((line) => {
          const unit = unitOf(line);
          const name = text(line.name);
          return (
            <div key={line.id} data-testid={`share-${line.id}`}>
              <Flex justify="space-between" align="center" gap={8}>
                <Typography.Text strong style={{ fontSize: 13 }}>
                  {name}
                </Typography.Text>
                <MetTag met={line.met} />
              </Flex>
              <Typography.Text>
                <span style={{ fontSize: 20, fontWeight: 600 }}>{formatValue(line.projected, unit, lang)}</span>
                <Typography.Text type="secondary">
                  {' '}
                  / {t('totalTarget', { target: formatValue(line.target, unit, lang) })}
                  {line.start ? ` · ${t('startValue', { year: line.start.year, value: formatValue(line.start.value, unit, lang) })}` : ''}
                </Typography.Text>
              </Typography.Text>
              {line.projected !== null ? <BulletBar line={line} unit={unit} label={t('lineOutcome', { year: targetYear, projected: formatValue(line.projected, unit, lang), target: formatValue(line.target, unit, lang) })} /> : null}
              <Flex align="center" gap={8} wrap>
                <AssumptionTag label={labelOf(line)} />
                {line.growthPct === null ? null : (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('growthUsed', { pct: formatPct(line.growthPct, lang, 2) })}
                  </Typography.Text>
                )}
                <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 'auto' }}>
                  {t('driver')}
                </Typography.Text>
                <Select
                  size="small"
                  style={{ width: 180 }}
                  value={line.indicatorId ? (drivers[line.indicatorId] ?? ACTUAL) : ACTUAL}
                  options={options}
                  onChange={(value: string) => line.indicatorId && onDriverChange(line.indicatorId, value === ACTUAL ? null : value)}
                  aria-label={t('driverLabel', { name })}
                  popupMatchSelectWidth={false}
                />
              </Flex>
            </div>
          );
        })}
      </Flex>
    </Card>
  );
}
