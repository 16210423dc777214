/**
 * One indicator on the cockpit: its status and schedule (colour, icon and word), the latest
 * value with its year, the target, how far along it is, and a sparkline of the series with
 * the target line. The whole card is one link to the indicator's page, reachable by Tab.
 */
import { Card, Flex, Progress, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EvaluatedIndicator } from '../../api/types.ts';
import { AssignedTag } from '../../components/AssignedTag.tsx';
import { Sparkline } from '../../components/Sparkline.tsx';
import { ScheduleTag, StatusTag } from '../../components/StatusTag.tsx';
import { STATUS_COLOR } from '../../components/status-style.ts';
import { barPercent, targetText } from '../../format/indicator-format.ts';
import { formatPct, formatValue, type UnitLike } from '../../format/numbers.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { cockpitNs } from './messages.ts';

export function IndicatorCard({ row, unit, viewQuery }: { row: EvaluatedIndicator; unit: UnitLike | undefined; viewQuery: string }) {
  const { t } = useTranslation([cockpitNs, 'common']);
  const { lang, text } = useLang();
  const name = text(row.name);
  const color = STATUS_COLOR[row.status];
  const points = row.series.map((p) => ({ year: p.year, value: p.value }));
  const assigned = row.assigned?.latest ?? null;
  return (
    <Link
      to={`/indicators/${row.id}${viewQuery}`}
      data-testid="indicator-card"
      data-indicator={row.id}
      aria-label={`${name}：${row.latest ? `${row.latest.year} ${formatValue(row.latest.value, unit, lang)}` : t('noValue')}`}
      style={{ display: 'block', height: '100%', color: 'inherit' }}
    >
      <Card size="small" className="clickable-card tags-wrap" style={{ height: '100%', borderTop: `3px solid ${color}` }}>
        <Typography.Paragraph strong style={{ minHeight: 44, marginBottom: 4 }} ellipsis={{ rows: 2, tooltip: name }}>
          {name}
        </Typography.Paragraph>
        <Space size={[4, 4]} wrap style={{ marginBottom: 4 }}>
          <StatusTag status={row.status} />
          <ScheduleTag schedule={row.schedule} latestYear={row.latest?.year ?? null} targetYear={row.target.year} />
        </Space>
        <Flex justify="space-between" align="baseline" gap={8} wrap>
          <span>
            <Typography.Text style={{ fontSize: 18, fontWeight: 600 }}>{formatValue(row.latest?.value, unit, lang)}</Typography.Text>{' '}
            <Typography.Text type="secondary">{row.latest ? t('inYear', { year: row.latest.year }) : t('noValue')}</Typography.Text>
            {row.latest?.pending ? (
              <Tag color="orange" style={{ marginLeft: 4 }}>
                {t('pending')}
              </Tag>
            ) : null}
          </span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {row.target.kind === 'assigned'
              ? t('card.targetAssigned', { target: targetText(row.target.value, row.target.kind, unit, lang) })
              : t('card.target', { target: targetText(row.target.value, row.target.kind, unit, lang), year: row.target.year })}
          </Typography.Text>
        </Flex>
        {assigned ? (
          <Typography.Text style={{ fontSize: 12 }}>
            {t('card.assigned', { year: assigned.year, assigned: formatValue(assigned.assigned, unit, lang) })}{' '}
            <AssignedTag status={assigned.status} />
          </Typography.Text>
        ) : (
          <Progress
            percent={barPercent(row.completionPct)}
            size="small"
            strokeColor={color}
            format={() => formatPct(row.completionPct, lang, 0)}
            aria-label={t('card.completion', { pct: formatPct(row.completionPct, lang) })}
          />
        )}
        {points.length > 0 ? (
          <Sparkline points={points} target={row.target.value} color={color} height={44} label={t('card.sparkline', { name })} />
        ) : (
          <div style={{ height: 44 }} />
        )}
      </Card>
    </Link>
  );
}
