/**
 * The indicator by region: each region's latest value, the target implied for it (the
 * province's required growth applied to its own baseline — the plan sets no regional
 * targets), how far along it is and its statuses; a bar chart of the latest values, coloured
 * by status; and whether the regions add up to the province.
 */
import { Alert, Col, Empty, Progress, Row, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePlanRegions } from '../../api/queries.ts';
import type { EvaluatedIndicator, FullEvaluation } from '../../api/types.ts';
import { EChart } from '../../components/EChart.tsx';
import { ScheduleTag, StatusTag } from '../../components/StatusTag.tsx';
import { STATUS_COLOR } from '../../components/status-style.ts';
import { barPercent, signedPct } from '../../format/indicator-format.ts';
import { displayNumber, displayUnit, formatNumber, formatPct, formatValue, type UnitLike } from '../../format/numbers.ts';
import { escapeHtml } from '../../format/tooltip-html.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { progressLabels } from '../../../../src/evaluation/statuses.ts';
import { indicatorsNs } from './messages.ts';
import { latestSumCheck, regionalRows } from './regional-model.ts';

export function RegionalBreakdown({ evaluation, indicatorId, unit, name }: { evaluation: FullEvaluation; indicatorId: string; unit: UnitLike | undefined; name: string }) {
  const { t } = useTranslation([indicatorsNs, 'common']);
  const { lang, text } = useLang();
  const regions = usePlanRegions();
  const rows = regionalRows(evaluation, indicatorId);
  const check = latestSumCheck(evaluation, indicatorId);
  const regionName = (code: string) => text(regions.data?.find((r) => r.code === code)?.name) || code;
  if (rows.length === 0) return <Empty description={t('regional.none')} />;

  const chartRows = rows.filter((r) => r.latest !== null);
  const option = {
    grid: { left: 8, right: 16, top: 28, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item' as const, confine: true },
    xAxis: {
      type: 'category' as const,
      data: chartRows.map((r) => regionName(r.region)),
      axisTick: { show: false },
      axisLabel: { interval: 0, rotate: lang === 'en' ? 35 : 30, fontSize: 11, width: 110, overflow: 'truncate' as const },
    },
    yAxis: { type: 'value' as const, name: displayUnit(unit, lang), splitLine: { lineStyle: { type: 'dashed' as const } } },
    series: [
      {
        type: 'bar' as const,
        barMaxWidth: 28,
        data: chartRows.map((r) => ({
          value: displayNumber(r.latest?.value ?? 0, unit, lang),
          itemStyle: { color: STATUS_COLOR[r.status] },
          name: `${regionName(r.region)}：${formatValue(r.latest?.value, unit, lang)}（${text(progressLabels[r.status])}）`,
        })),
        label: { show: true, position: 'top' as const, fontSize: 11, formatter: (p: { value?: unknown }) => formatNumber(Number(p.value), lang, 1) },
        tooltip: { formatter: (p: { name?: string }) => escapeHtml(p.name ?? '') },
      },
    ],
  };

  return (
    <>
      {check ? (
        <Alert
          type={check.mismatch ? 'warning' : 'info'}
          showIcon
          style={{ marginBottom: 12 }}
          title={t(check.mismatch ? 'regional.mismatch' : 'regional.sumOk', {
            year: check.year,
            sum: formatValue(check.regionsSum, unit, lang),
            province: formatValue(check.province, unit, lang),
            diff: signedPct(check.differencePct, lang, 2),
            count: check.regionsReported,
          })}
        />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col span={24}>
          <EChart
            testId="regional-chart"
            label={t('regional.chartLabel', { name, regions: chartRows.map((r) => `${regionName(r.region)} ${formatValue(r.latest?.value, unit, lang)}`).join('，') })}
            option={option}
            height={300}
          />
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: 0 }}>
            {t('regional.chartNote')}
          </Typography.Paragraph>
        </Col>
        <Col span={24}>
          <Table<EvaluatedIndicator>
            rowKey="region"
            size="small"
            pagination={false}
            dataSource={rows}
            data-testid="regional-table"
            scroll={{ x: 'max-content' }}
            columns={[
              { key: 'region', title: t('common:field.region'), render: (_, r) => regionName(r.region) },
              {
                key: 'latest',
                title: t('common:field.latest'),
                align: 'right',
                render: (_, r) => (r.latest ? t('withYear', { value: formatValue(r.latest.value, unit, lang), year: r.latest.year }) : '—'),
              },
              { key: 'target', title: t('regional.implied'), align: 'right', render: (_, r) => formatValue(r.target.value, unit, lang) },
              {
                key: 'completion',
                title: t('list.completion'),
                width: 160,
                render: (_, r) =>
                  r.completionPct === null ? '—' : <Progress percent={barPercent(r.completionPct)} size="small" strokeColor={STATUS_COLOR[r.status]} format={() => formatPct(r.completionPct, lang, 0)} />,
              },
              { key: 'status', title: t('common:field.status'), render: (_, r) => <StatusTag status={r.status} /> },
              { key: 'schedule', title: t('common:field.schedule'), render: (_, r) => <ScheduleTag schedule={r.schedule} latestYear={r.latest?.year ?? null} targetYear={r.target.year} /> },
            ]}
          />
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8 }}>
            {t('regional.impliedHelp')}
          </Typography.Paragraph>
        </Col>
      </Row>
    </>
  );
}
