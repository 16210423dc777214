/**
 * The ECharts option of the industry system: a sunburst (tiers inside, clusters, segments
 * outside) or a treemap of the same tree. Colours are the cluster's progress status (the
 * legend beside the chart says each in words); tiers are neutral so they do not read as a
 * status. Pure: the words come in as arguments.
 */
import type { EChartsOption } from 'echarts';
import { STATUS_COLOR } from '../../components/status-style.ts';
import { tooltipHtml } from '../../format/tooltip-html.ts';
import type { ClusterStatus, TreeNode } from './industry-data.ts';

export type ChartKind = 'sunburst' | 'treemap';
export const CHART_KINDS: readonly ChartKind[] = ['sunburst', 'treemap'];

const TIER_COLORS = ['#2f4b6e', '#476b91', '#6a89ab', '#8ea3bd', '#a8b6c8'];
export const NO_INDICATOR_COLOR = '#b7a57a';

export function statusColor(status: ClusterStatus): string {
  return status === 'no_indicator' ? NO_INDICATOR_COLOR : STATUS_COLOR[status];
}

/** A colour made lighter by mixing with white (segments: their cluster's hue, lighter). */
export function lighten(hex: string, amount: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(c + (255 - c) * amount);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map(mix) as [number, number, number];
  return `#${((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1)}`;
}

export interface ChartWords {
  name: (node: TreeNode) => string;
  /** Tooltip lines for a node (plain text; escaped here). */
  tooltip: (node: TreeNode) => string[];
}

interface ChartDatum {
  name: string;
  value: number;
  node: TreeNode;
  itemStyle: { color: string; borderColor?: string };
  children?: ChartDatum[];
}

/**
 * One node of the chart. In a treemap a parent's title band is painted in its border colour,
 * so tiers and clusters get their own colour as border there (white text on it).
 */
function datum(node: TreeNode, words: ChartWords, tierIndex: number, kind: ChartKind): ChartDatum {
  const color =
    node.kind === 'tier'
      ? TIER_COLORS[tierIndex % TIER_COLORS.length]!
      : node.kind === 'cluster'
        ? statusColor(node.status ?? 'no_data')
        : lighten(statusColor(node.status ?? 'no_data'), 0.45);
  return {
    name: words.name(node),
    value: node.value,
    node,
    itemStyle: kind === 'treemap' && node.children ? { color, borderColor: color } : { color },
    ...(node.children ? { children: node.children.map((c) => datum(c, words, tierIndex, kind)) } : {}),
  };
}

function tooltipFormatter(words: ChartWords) {
  return (params: unknown): string => {
    const node = (params as { data?: { node?: TreeNode } }).data?.node;
    if (!node) return '';
    return tooltipHtml(words.tooltip(node));
  };
}

export function industryChartOption(kind: ChartKind, nodes: readonly TreeNode[], words: ChartWords): EChartsOption {
  const data = nodes.map((n, i) => datum(n, words, i, kind));
  const tooltip = { trigger: 'item' as const, confine: true, formatter: tooltipFormatter(words) };
  if (kind === 'sunburst') {
    return {
      tooltip,
      series: [
        {
          type: 'sunburst',
          data,
          radius: [0, '96%'],
          sort: undefined,
          nodeClick: false,
          emphasis: { focus: 'ancestor' },
          itemStyle: { borderColor: '#fff', borderWidth: 1.5 },
          levels: [
            {},
            { r0: '0%', r: '26%', label: { rotate: 0, color: '#fff', fontSize: 11, fontWeight: 'bold', overflow: 'break', width: 72, minAngle: 25 } },
            { r0: '26%', r: '62%', label: { rotate: 'tangential', color: '#fff', fontSize: 12, overflow: 'truncate', width: 110, minAngle: 6 } },
            { r0: '62%', r: '96%', label: { rotate: 'radial', color: '#262626', fontSize: 10, overflow: 'truncate', width: 100, minAngle: 5 } },
          ],
        },
      ],
    };
  }
  return {
    tooltip,
    series: [
      {
        type: 'treemap',
        data,
        width: '100%',
        height: '100%',
        top: 0,
        left: 0,
        roam: false,
        nodeClick: false,
        breadcrumb: { show: false },
        // levels[0] is the treemap's own root; then tiers, clusters, segments.
        levels: [
          { itemStyle: { borderWidth: 0, gapWidth: 4 } },
          { itemStyle: { borderWidth: 2, gapWidth: 2 }, upperLabel: { show: true, height: 24, color: '#fff', fontWeight: 'bold' } },
          { itemStyle: { borderWidth: 2, gapWidth: 1 }, upperLabel: { show: true, height: 20, color: '#fff', overflow: 'truncate' } },
          { itemStyle: { borderWidth: 0, gapWidth: 1 }, label: { show: true, color: '#262626', fontSize: 11, overflow: 'break' } },
        ],
      },
    ],
  };
}

/** The node a chart click landed on (its datum carries it). */
export function clickedNode(params: unknown): TreeNode | null {
  return (params as { data?: { node?: TreeNode } }).data?.node ?? null;
}
