/// <reference lib="dom" />
/**
 * The industry system in a real Chromium against the demo server, as a province analyst:
 * the sunburst and the treemap drawn under each measure, the table of all 16 clusters, a
 * cluster opened from the table with its chain — a segment left with no enterprise and no
 * project marked as a 补链 candidate in words, another cluster stating it has none — each
 * page in Chinese and English, as screenshots, with no console error.
 */
import { describe, expect, it } from 'vitest';
import { screenshot, settle, withDemoBrowser, type DemoServer } from './support.ts';
import { chartDrawn, POLL } from './widgets.ts';

const YEAR = 2027;

/** A segment left with no enterprise and no key project: a 补链 candidate. */
interface Gap {
  clusterId: string;
  segmentId: string;
  name: string;
}

/** Moves the few enterprises out of the segment without key projects that the fewest belong to. */
async function emptySegment(server: DemoServer): Promise<Gap> {
  const db = server.store.db;
  const projects = server.app.serverContext.plan.projects;
  const clusters = server.app.serverContext.plan.clusters;
  const rows = await db.selectFrom('enterprises').select(['creditCode', 'segments']).execute();
  const members = (segmentId: string) => rows.filter((r) => (JSON.parse(r.segments) as string[]).includes(segmentId));
  const candidates = clusters.flatMap((c) => c.segments.filter((s) => !projects.some((p) => p.segmentId === s.id)).map((s) => ({ clusterId: c.id, segmentId: s.id, name: s.name.zh, n: members(s.id).length })));
  const chosen = candidates.sort((a, b) => a.n - b.n)[0]!;
  for (const row of members(chosen.segmentId)) {
    const segments = (JSON.parse(row.segments) as string[]).filter((s) => s !== chosen.segmentId);
    await db.updateTable('enterprises').set({ segments: JSON.stringify(segments) }).where('creditCode', '=', row.creditCode).execute();
  }
  return { clusterId: chosen.clusterId, segmentId: chosen.segmentId, name: chosen.name };
}

describe('the industry system', () => {
  let gap: Gap;
  const demo = withDemoBrowser({
    prepare: async (server) => {
      gap = await emptySegment(server);
    },
  });

  it('draws the industry system under each measure and lists all 16 clusters, in Chinese and English', async () => {
    const { page, context, errors } = await demo.signedIn('demo-analyst');
    // The default year first (the last year with data): the page must render without one in the address.
    await page.goto(`${demo.url}/industry`);
    await chartDrawn(page, 'industry-chart');
    await page.goto(`${demo.url}/industry?year=${YEAR}`);
    await chartDrawn(page, 'industry-chart');
    await expect.poll(() => page.getByTestId('cluster-link').count(), POLL).toBe(16);
    await expect.poll(() => page.getByTestId('cluster-table').locator('tbody tr.ant-table-row').count(), POLL).toBe(16);
    // Clusters with only a qualitative goal have no 2030 target: said beside the chart, not drawn.
    expect(await page.getByTestId('chart-omitted').textContent()).toContain('氢能');
    expect(await page.getByTestId('status-legend').textContent()).toContain('定性目标');
    await settle(page);
    await screenshot(page, 'industry-system-zh');

    for (const measure of ['最新营收', '企业数量']) {
      await page.getByTestId('measure-switch').getByText(measure).click();
      await page.waitForURL(measure === '最新营收' ? /measure=latest/ : /measure=enterprises/);
      await chartDrawn(page, 'industry-chart');
    }
    await page.getByTestId('chart-switch').getByText('矩形树图').click();
    await page.waitForURL(/chart=treemap/);
    expect(page.url()).toContain('measure=enterprises');
    await chartDrawn(page, 'industry-chart');
    await settle(page);
    await screenshot(page, 'industry-system-treemap-zh');

    await page.getByTestId('lang-switch').click();
    await page.getByText('Tiers → clusters → segments').waitFor();
    await page.getByTestId('chart-switch').getByText('Sunburst').click();
    await page.waitForURL(/chart=sunburst/);
    await page.getByTestId('measure-switch').getByText('2030 target').click();
    await page.waitForURL(/measure=target/);
    expect(page.url()).toContain('chart=sunburst');
    await chartDrawn(page, 'industry-chart');
    await settle(page);
    await screenshot(page, 'industry-system-en');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a cluster from the table: its progress, its chain with the 补链 candidate marked in words, its projects and enterprises', async () => {
    const { page, context, errors } = await demo.signedIn('demo-analyst');
    await page.goto(`${demo.url}/industry?year=${YEAR}`);
    const clusterName = await page.evaluate(
      async (id) => ((await (await fetch('/api/plan/clusters')).json()) as { items: { id: string; name: { zh: string } }[] }).items.find((c) => c.id === id)!.name.zh,
      gap.clusterId,
    );
    await page.getByTestId('cluster-table').getByRole('link', { name: clusterName, exact: true }).click();
    await page.waitForURL(new RegExp(`/industry/clusters/${gap.clusterId}\\?year=${YEAR}`));
    await page.getByTestId('chain').waitFor();
    const card = page.locator(`[data-testid="segment-card"][data-segment="${gap.segmentId}"]`);
    expect(await card.getAttribute('data-gap')).toBe('true');
    expect(await card.getByTestId('gap-tag').textContent()).toBe('补链候选');
    expect(await page.getByTestId('chain-gaps').textContent()).toContain(gap.name);
    await page.getByTestId('leading-enterprises').waitFor();
    expect(await page.getByTestId('leading-enterprises').locator('tbody a[href^="/enterprises/"]').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('products').textContent()).not.toBe('');
    await settle(page);
    await screenshot(page, 'industry-cluster-gap-zh');
    await page.getByTestId('lang-switch').click();
    await page.getByText('Industrial chain and gaps').waitFor();
    expect(await card.getByTestId('gap-tag').textContent()).toBe('Gap to fill (补链)');
    await settle(page);
    await screenshot(page, 'industry-cluster-gap-en');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a cluster’s chain upstream to downstream, its revenue against the required path, and says when it has no gap', async () => {
    const { page, context, errors } = await demo.signedIn('demo-analyst');
    await page.goto(`${demo.url}/industry/clusters/petrochem-materials?year=${YEAR}`);
    await page.getByTestId('chain-columns').waitFor();
    await chartDrawn(page, 'cluster-progress-chart');
    expect(await page.getByTestId('chain-gaps').textContent()).toContain('没有补链候选');
    expect(await page.getByTestId('link-card').count()).toBe(2);
    expect(await page.getByTestId('cluster-projects').locator('tbody a[href^="/projects/"]').count()).toBe(12);
    await settle(page);
    await screenshot(page, 'industry-cluster-zh');
    await page.getByTestId('lang-switch').click();
    await page.getByText('No gaps: every segment has enterprises or key projects.').waitFor();
    await settle(page);
    await screenshot(page, 'industry-cluster-en');

    // A future-industry cluster: a qualitative goal, no indicator to chart.
    await page.goto(`${demo.url}/industry/clusters/bci?year=${YEAR}`);
    await page.getByTestId('no-indicator').waitFor();
    await page.getByTestId('chain').waitFor();
    await settle(page, 600);
    await screenshot(page, 'industry-cluster-qualitative-en');
    await page.goto(`${demo.url}/industry/clusters/no-such-cluster`);
    await page.getByText('The plan has no cluster “no-such-cluster”').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
