/** A project's progress by year: planned against completed investment as bars, and the table of every year's record. */
import { EditOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { ProjectDetail } from '../../api/types.ts';
import { EChart, type EChartsOption } from '../../components/EChart.tsx';
import { StageTag } from '../../components/StageTag.tsx';
import { formatTime } from '../../format/date-time.ts';
import { formatPct } from '../../format/numbers.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { formatInvestment, investmentAxisUnit, investmentAxisValue } from './format-investment.ts';
import { projectsNs } from './messages.ts';
import { completionPct } from './project-shape.ts';

type Progress = ProjectDetail['progress'][number];

export function ProgressSection({ project, onEdit }: { project: ProjectDetail; onEdit: ((year: number) => void) | null }) {
  const { t } = useTranslation(projectsNs);
  const { lang } = useLang();
  if (project.progress.length === 0) return <Empty description={t('progress.none')} />;
  const years = project.progress.map((p) => String(p.year));
  const option: EChartsOption = {
    grid: { left: 56, right: 16, top: 36, bottom: 28 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? `${v} ${investmentAxisUnit(lang)}` : '—') },
    xAxis: { type: 'category', data: years },
    yAxis: { type: 'value', name: investmentAxisUnit(lang), nameTextStyle: { align: 'right' } },
    series: [
      { type: 'bar', name: t('progress.planned'), data: project.progress.map((p) => investmentAxisValue(p.plannedInvestment, lang)), itemStyle: { color: '#91caff' } },
      { type: 'bar', name: t('progress.completed'), data: project.progress.map((p) => investmentAxisValue(p.completedInvestment, lang)), itemStyle: { color: '#1677ff' } },
    ],
  };
  const columns: ColumnsType<Progress> = [
    { key: 'year', title: t('progress.year'), dataIndex: 'year', width: 70 },
    { key: 'stage', title: t('progress.stage'), width: 110, render: (_, p) => <StageTag stage={p.stage} /> },
    { key: 'planned', title: t('progress.planned'), align: 'right', width: 110, render: (_, p) => <span style={{ whiteSpace: 'nowrap' }}>{formatInvestment(p.plannedInvestment, lang)}</span> },
    { key: 'completed', title: t('progress.completed'), align: 'right', width: 110, render: (_, p) => <span style={{ whiteSpace: 'nowrap' }}>{formatInvestment(p.completedInvestment, lang)}</span> },
    {
      key: 'rate',
      title: t('progress.rate'),
      align: 'right',
      width: 90,
      render: (_, p) => {
        const pct = completionPct(p.plannedInvestment, p.completedInvestment);
        return pct === null ? '—' : <Typography.Text type={pct < 60 ? 'danger' : undefined} style={{ whiteSpace: 'nowrap' }}>{formatPct(pct, lang)}</Typography.Text>;
      },
    },
    { key: 'start', title: t('progress.startOn'), width: 110, render: (_, p) => <span style={{ whiteSpace: 'nowrap' }}>{p.startOn ?? '—'}</span> },
    { key: 'completion', title: t('progress.completionOn'), width: 110, render: (_, p) => <span style={{ whiteSpace: 'nowrap' }}>{p.completionOn ?? '—'}</span> },
    {
      key: 'note',
      title: t('progress.note'),
      render: (_, p) => (
        <span>
          {p.note ?? '—'}
          {p.isDemo ? <Tag style={{ marginLeft: 4 }}>{t('progress.demo')}</Tag> : null}
        </span>
      ),
    },
    {
      key: 'updated',
      title: t('progress.updated'),
      width: 150,
      render: (_, p) => (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {p.updatedBy}
          <br />
          {formatTime(p.updatedAt)}
        </Typography.Text>
      ),
    },
    ...(onEdit
      ? [
          {
            key: 'edit',
            title: '',
            width: 60,
            render: (_: unknown, p: Progress) => (
              <Button size="small" icon={<EditOutlined />} aria-label={t('update.progressOf', { year: p.year })} title={t('update.progressOf', { year: p.year })} onClick={() => onEdit(p.year)} />
            ),
          },
        ]
      : []),
  ];
  return (
    <Flex vertical gap={12}>
      <EChart option={option} label={t('progress.chart')} height={220} testId="progress-chart" />
      <Table<Progress> rowKey="year" size="small" columns={columns} dataSource={[...project.progress].reverse()} pagination={false} scroll={{ x: 1100 }} data-testid="progress-table" />
    </Flex>
  );
}
