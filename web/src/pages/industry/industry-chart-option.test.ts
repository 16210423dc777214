import { describe, expect, it } from 'vitest';
import { STATUS_COLOR } from '../../components/status-style.ts';
import { clickedNode, industryChartOption, lighten, NO_INDICATOR_COLOR, statusColor } from './industry-chart-option.ts';
import type { TreeNode } from './industry-data.ts';

const node = (id: string, kind: TreeNode['kind'], value: number, children?: TreeNode[]): TreeNode => ({
  id,
  kind,
  name: { zh: id, en: id },
  value,
  status: kind === 'tier' ? null : 'on_track',
  clusterId: kind === 'tier' ? null : 'c',
  enterprises: null,
  ...(children ? { children } : {}),
});
const tree = [node('tier:t', 'tier', 10, [node('cluster:c', 'cluster', 10, [node('segment:s', 'segment', 10)])])];
const words = { name: (n: TreeNode) => n.name.zh, tooltip: (n: TreeNode) => [`<${n.id}>`, 'line'] };

describe('the industry chart', () => {
  it('colours clusters by status, segments lighter, qualitative ones apart', () => {
    const series = (industryChartOption('sunburst', tree, words).series as { data: { itemStyle: { color: string }; children: { itemStyle: { color: string }; children: { itemStyle: { color: string } }[] }[] }[] }[])[0]!;
    const cluster = series.data[0]!.children[0]!;
    expect(cluster.itemStyle.color).toBe(STATUS_COLOR.on_track);
    expect(cluster.children[0]!.itemStyle.color).toBe(lighten(STATUS_COLOR.on_track, 0.45));
    expect(statusColor('no_indicator')).toBe(NO_INDICATOR_COLOR);
  });

  it('draws the same tree as a sunburst or a treemap, clicks handled by the page', () => {
    for (const kind of ['sunburst', 'treemap'] as const) {
      const series = (industryChartOption(kind, tree, words).series as { type: string; nodeClick: boolean }[])[0]!;
      expect(series.type).toBe(kind);
      expect(series.nodeClick).toBe(false);
    }
  });

  it('escapes the tooltip’s words', () => {
    const formatter = (industryChartOption('treemap', tree, words).tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(formatter({ data: { node: tree[0] } })).toBe('<b>&lt;tier:t&gt;</b><br/>line');
    expect(formatter({})).toBe('');
  });

  it('finds the node a click landed on', () => {
    expect(clickedNode({ data: { node: tree[0] } })?.id).toBe('tier:t');
    expect(clickedNode({})).toBeNull();
  });

  it('mixes a colour with white', () => {
    expect(lighten('#000000', 0.5)).toBe('#808080');
    expect(lighten('#123456', 0)).toBe('#123456');
  });
});
