/**
 * An enterprise's annual figures: revenue and R&D expense as bars with the R&D share as a line,
 * and every figure by year in a table laid out as a statement (figures down, years across).
 */
import { Empty, Flex, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { EnterpriseDetail } from '../../api/types.ts';
import { EChart, type EChartsOption } from '../../components/EChart.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { annualCell, rdShare, wanAxis } from './annual-format.ts';
import { enterprisesNs } from './messages.ts';
import { annualRows, type AnnualRow } from './record-labels.ts';

type Annual = EnterpriseDetail['annual'][number];

export function AnnualSection({ annual }: { annual: Annual[] }) {
  const { t } = useTranslation(enterprisesNs);
  const { text, lang } = useLang();
  if (annual.length === 0) return <Empty description={t('annual.none')} />;
  const years = annual.map((a) => String(a.year));
  const chart: EChartsOption = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 64, right: 48, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: years },
    yAxis: [
      { type: 'value', name: t('annual.unitWan'), nameTextStyle: { align: 'right' } },
      { type: 'value', name: '%', splitLine: { show: false } },
    ],
    series: [
      { type: 'bar', name: text(annualRows.find((r) => r.field === 'revenue')!.label), data: annual.map((a) => wanAxis(a.revenue, lang)), itemStyle: { color: '#91caff' } },
      { type: 'bar', name: text(annualRows.find((r) => r.field === 'rdExpense')!.label), data: annual.map((a) => wanAxis(a.rdExpense, lang)), itemStyle: { color: '#1677ff' } },
      { type: 'line', name: t('annual.rdShare'), yAxisIndex: 1, data: annual.map((a) => rdShare(a.rdExpense, a.revenue)), itemStyle: { color: '#d46b08' }, label: { show: true, formatter: '{c}%' } },
    ],
  };
  const columns: ColumnsType<AnnualRow> = [
    { key: 'field', title: t('annual.field'), fixed: 'left', width: 200, render: (_, r) => text(r.label) },
    ...annual.map((a) => ({
      key: String(a.year),
      title: (
        <span>
          {a.year}
          {a.isDemo ? (
            <Tag color="orange" style={{ marginLeft: 4, fontSize: 11 }}>
              {t('demo')}
            </Tag>
          ) : null}
        </span>
      ),
      align: 'right' as const,
      render: (_: unknown, r: AnnualRow) => annualCell(a[r.field] as number | boolean | null, r.unit, lang),
    })),
  ];
  return (
    <Flex vertical gap={12}>
      <EChart option={chart} label={t('annual.revenueChart')} height={240} testId="annual-chart" />
      <Table<AnnualRow> rowKey="field" size="small" columns={columns} dataSource={[...annualRows]} pagination={false} scroll={{ x: 200 + annual.length * 120 }} data-testid="annual-table" />
    </Flex>
  );
}
