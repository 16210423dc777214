/**
 * The timeline view (Gantt-like): a row per project, its milestones on a year/month axis — the
 * due date as a diamond, the done date as a dot, a bar for the time a milestone ran late or has
 * been overdue, and today as a line. States are told by symbol, colour and the legend's words;
 * the overdue are listed below in words too. Twenty projects a page keep rows readable.
 */
import { Alert, Flex, Pagination, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProjectSummary } from '../../api/types.ts';
import { EChart, type EChartsOption } from '../../components/EChart.tsx';
import { TONE_COLOR } from '../../components/status-style.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { projectsNs } from './messages.ts';
import type { MilestoneState } from './project-shape.ts';
import { overduePoints, projectsWithMilestones, timelineData, type TimelinePoint } from './timeline-data.ts';
import { registerCustomCharts } from '../../components/echarts-extras.ts';

registerCustomCharts(); // the milestone bars are a custom series

const PAGE_SIZE = 20;
const ROW_PX = 34;

const STATE_COLOR: Record<MilestoneState, string> = {
  'done-on-time': TONE_COLOR.success,
  'done-late': '#d46b08',
  overdue: TONE_COLOR.error,
  open: TONE_COLOR.info,
};

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function useStateWords() {
  const { t } = useTranslation(projectsNs);
  return (p: Pick<TimelinePoint, 'state' | 'days'>) => t(`milestone.state.${p.state}`, { days: p.days });
}

export function MilestoneTimeline({ projects }: { projects: ProjectSummary[] }) {
  const { t } = useTranslation(projectsNs);
  const { text, lang } = useLang();
  const stateWords = useStateWords();
  const [page, setPage] = useState(1);
  const today = dayjs().format('YYYY-MM-DD');
  const withMilestones = useMemo(() => projectsWithMilestones(projects), [projects]);
  const pages = Math.max(1, Math.ceil(withMilestones.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const shown = withMilestones.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  const data = useMemo(() => timelineData(shown, today), [shown, today]);
  const all = useMemo(() => timelineData(withMilestones, today), [withMilestones, today]);
  const overdue = overduePoints(all.points);

  if (withMilestones.length === 0) return <Alert type="info" showIcon title={t('timeline.none')} />;

  const names = data.rows.map((r) => text(r.name));
  const atDue = (state: MilestoneState) => data.points.flatMap((p, i) => (p.state === state ? [[p.dueOn, p.row, i]] : []));
  const atDone = (state: MilestoneState) => data.points.flatMap((p, i) => (p.state === state && p.doneOn ? [[p.doneOn, p.row, i]] : []));
  const completedDue = data.points.flatMap((p, i) => (p.doneOn ? [[p.dueOn, p.row, i]] : []));
  // Bars: late milestones from due to done, overdue ones from due to today.
  const bars = data.points.flatMap((p, i) =>
    p.state === 'done-late' ? [[p.row, p.dueOn, p.doneOn!, i]] : p.state === 'overdue' ? [[p.row, p.dueOn, today, i]] : [],
  );
  const legend = {
    open: t('timeline.open'),
    overdue: t('timeline.overdue'),
    onTime: t('timeline.doneOnTime'),
    late: t('timeline.doneLate'),
    due: t('timeline.due'),
  };
  const tooltip = (index: number): string => {
    const p = data.points[index];
    if (!p) return '';
    return [
      `<b>${escape(names[p.row] ?? '')}</b>`,
      escape(p.milestone),
      escape(t('milestone.tooltipDue', { date: p.dueOn })),
      escape(p.doneOn ? t('milestone.tooltipDone', { date: p.doneOn }) : t('milestone.tooltipNotDone')),
      `<span style="color:${STATE_COLOR[p.state]}">${escape(stateWords(p))}</span>`,
    ].join('<br/>');
  };
  const scatter = (name: string, points: number[][] | (string | number)[][], symbol: string, color: string, hollow: boolean) => ({
    type: 'scatter' as const,
    name,
    symbol,
    symbolSize: 11,
    z: 3,
    itemStyle: hollow ? { color: '#fff', borderColor: color, borderWidth: 2 } : { color },
    data: points,
    tooltip: { formatter: (params: { data: unknown }) => tooltip((params.data as number[])[2] ?? -1) },
  });
  const option: EChartsOption = {
    animation: false,
    grid: { left: 230, right: 40, top: 36, bottom: 44 },
    legend: { bottom: 4, data: [legend.open, legend.overdue, legend.onTime, legend.late, legend.due] },
    tooltip: { trigger: 'item', confine: true },
    xAxis: {
      type: 'time',
      min: data.from,
      max: data.to,
      position: 'top',
      splitLine: { show: true, lineStyle: { color: '#f0f0f0' } },
      axisLabel: { hideOverlap: true, formatter: lang === 'zh' ? { year: '{yyyy}年', month: '{M}月' } : { year: '{yyyy}', month: '{MMM}' } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: names,
      axisTick: { show: false },
      axisLabel: { width: 210, overflow: 'truncate', fontSize: 12 },
      splitLine: { show: true, lineStyle: { color: '#fafafa' } },
    },
    series: [
      {
        type: 'custom',
        name: 'span',
        silent: true,
        renderItem: (_params, api) => {
          const start = api.coord([api.value(1), api.value(0)]);
          const end = api.coord([api.value(2), api.value(0)]);
          const point = data.points[Number(api.value(3))];
          return {
            type: 'rect',
            shape: { x: start[0]!, y: start[1]! - 2, width: Math.max(1, end[0]! - start[0]!), height: 4 },
            style: { fill: point ? STATE_COLOR[point.state] : '#999', opacity: 0.55 },
          };
        },
        encode: { x: [1, 2], y: 0 },
        data: bars,
        z: 1,
      },
      {
        ...scatter(legend.open, atDue('open'), 'diamond', STATE_COLOR.open, true),
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { color: '#595959', type: 'dashed' },
          label: { formatter: t('timeline.today'), position: 'end' },
          data: [{ xAxis: today }],
        },
      },
      scatter(legend.overdue, atDue('overdue'), 'diamond', STATE_COLOR.overdue, false),
      scatter(legend.onTime, atDone('done-on-time'), 'circle', STATE_COLOR['done-on-time'], false),
      scatter(legend.late, atDone('done-late'), 'circle', STATE_COLOR['done-late'], false),
      { ...scatter(legend.due, completedDue, 'diamond', '#8c8c8c', true), symbolSize: 8 },
    ],
  };

  const overdueColumns: ColumnsType<TimelinePoint> = [
    {
      key: 'project',
      title: t('col.name'),
      render: (_, p) => <Link to={`/projects/${p.projectId}`}>{text(all.rows[p.row]?.name)}</Link>,
    },
    { key: 'milestone', title: t('milestone.name'), dataIndex: 'milestone' },
    { key: 'due', title: t('milestone.dueOn'), dataIndex: 'dueOn', width: 130 },
    {
      key: 'state',
      title: t('milestone.state'),
      width: 200,
      render: (_, p) => <Typography.Text type="danger">{stateWords(p)}</Typography.Text>,
    },
  ];

  return (
    <Flex vertical gap={16}>
      <EChart
        option={option}
        label={t('timeline.label', { count: withMilestones.length })}
        height={data.rows.length * ROW_PX + 100}
        testId="milestone-timeline"
      />
      {pages > 1 ? (
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Typography.Text type="secondary">
            {t('timeline.pageOf', { from: (current - 1) * PAGE_SIZE + 1, to: (current - 1) * PAGE_SIZE + shown.length, total: withMilestones.length })}
          </Typography.Text>
          <Pagination current={current} total={withMilestones.length} pageSize={PAGE_SIZE} onChange={setPage} showSizeChanger={false} />
        </Flex>
      ) : null}
      <section aria-labelledby="overdue-heading">
        <h2 id="overdue-heading" style={{ fontSize: 16 }}>
          {t('timeline.overdueList', { count: overdue.length })}
        </h2>
        {overdue.length === 0 ? (
          <Typography.Text type="secondary">{t('timeline.noOverdue')}</Typography.Text>
        ) : (
          <Table<TimelinePoint>
            rowKey={(p) => `${p.projectId}|${p.milestone}`}
            size="small"
            columns={overdueColumns}
            dataSource={overdue}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            data-testid="overdue-table"
          />
        )}
      </section>
    </Flex>
  );
}
