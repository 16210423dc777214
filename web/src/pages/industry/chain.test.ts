import { describe, expect, it } from 'vitest';
import type { PlanCluster, ProjectSummary } from '../../api/types.ts';
import { loadPlan } from '../../../../src/plan/read-plan-folder.ts';
import { hainanPlanDir } from '../../../../test/support/paths.ts';
import { chainLayout, namedProducts } from './chain.ts';

const source = { ref: '第三章', quote: '…' };
const text = (s: string) => ({ zh: s, en: s });
const link = (id: string, position: 'upstream' | 'midstream' | 'downstream' | null, products: string[] = []) => ({ id, name: text(id), position, products: products.map(text), source });

const cluster: Pick<PlanCluster, 'id' | 'segments'> = {
  id: 'petro',
  segments: [
    { id: 'oil', name: text('oil'), position: 'upstream', products: [text('勘探')], links: [], source },
    { id: 'chem', name: text('chem'), position: 'midstream', products: [], links: [link('materials', 'downstream', ['碳纤维']), link('same', 'midstream')], source },
    { id: 'electronics', name: text('electronics'), position: null, products: [], links: [link('design', 'upstream'), link('repair', null)], source },
    { id: 'empty', name: text('empty'), position: null, products: [], links: [], source },
  ],
};

const project = (id: string, segmentId: string | null, clusterId = 'petro') => ({ id, name: text(id), clusterId, segmentId }) as unknown as ProjectSummary;
const registry = {
  segments: [
    { segmentId: 'oil', enterprises: 0, withRevenue: 0, revenue: null, leading: [] },
    { segmentId: 'chem', enterprises: 5, withRevenue: 5, revenue: 500, leading: [] },
    { segmentId: 'electronics', enterprises: 2, withRevenue: 1, revenue: 20, leading: [] },
    { segmentId: 'empty', enterprises: 0, withRevenue: 0, revenue: null, leading: [] },
  ],
};

describe('a cluster’s chain', () => {
  const layout = chainLayout(cluster, registry, [project('well', 'oil'), project('plant', null), project('elsewhere', 'oil', 'other')]);

  it('puts placed segments and links in their columns, the rest apart', () => {
    const ids = (cards: typeof layout.columns.upstream) => cards.map((c) => (c.kind === 'segment' ? `segment:${c.segment.id}` : `link:${c.link.id}`));
    expect(ids(layout.columns.upstream)).toEqual(['segment:oil', 'link:design']);
    expect(ids(layout.columns.midstream)).toEqual(['segment:chem']);
    expect(ids(layout.columns.downstream)).toEqual(['link:materials']);
    expect(layout.unplaced.map((c) => c.segment.id)).toEqual(['electronics', 'empty']);
    expect(layout.hasChain).toBe(true);
  });

  it('keeps inside a segment the links placed where it is or not placed at all', () => {
    const chem = layout.columns.midstream[0]!;
    expect(chem.kind === 'segment' && chem.innerLinks.map((l) => l.id)).toEqual(['same']);
    expect(chem.kind === 'segment' && chem.placedLinks.map((l) => l.id)).toEqual(['materials']);
    expect(layout.unplaced[0]!.innerLinks.map((l) => l.id)).toEqual(['repair']);
  });

  it('marks a segment with neither enterprises nor key projects as a gap to fill', () => {
    expect(layout.gaps.map((g) => g.segment.id)).toEqual(['empty']);
    // No enterprise, but a project: not a gap.
    expect(layout.columns.upstream[0]).toMatchObject({ kind: 'segment', gap: false, facts: { enterprises: 0 } });
    const linkCard = layout.columns.downstream[0]!;
    expect(linkCard.kind === 'link' && linkCard.parent.segment.id).toBe('chem');
  });

  it('counts only the cluster’s own projects and lists those of no segment', () => {
    expect(layout.columns.upstream[0]!.kind === 'segment' && (layout.columns.upstream[0] as { facts: { projects: unknown[] } }).facts.projects).toHaveLength(1);
    expect(layout.unassignedProjects.map((p) => p.id)).toEqual(['plant']);
  });

  it('says when the plan places nothing', () => {
    const flat = chainLayout({ id: 'x', segments: [cluster.segments[3]!] }, { segments: [] }, []);
    expect(flat.hasChain).toBe(false);
    expect(flat.unplaced).toHaveLength(1);
    expect(flat.gaps).toHaveLength(1);
  });

  it('lists the named products by segment and link', () => {
    expect(namedProducts(cluster).map((g) => [g.segment.id, g.link?.id ?? null, g.products.map((p) => p.zh)])).toEqual([
      ['oil', null, ['勘探']],
      ['chem', 'materials', ['碳纤维']],
    ]);
  });

  it('lays out the plan’s own petrochemical chain: upstream oil and gas, midstream chemicals, downstream materials', async () => {
    const plan = await loadPlan(hainanPlanDir);
    const petro = plan.clusters.find((c) => c.id === 'petrochem-materials')!;
    const layoutOf = chainLayout(petro, { segments: [] }, []);
    const names = (p: 'upstream' | 'midstream' | 'downstream') => layoutOf.columns[p].map((c) => (c.kind === 'segment' ? c.segment.name.zh : c.link.name.zh));
    expect(names('upstream')).toEqual(['油气勘探开发及油服产业']);
    expect(names('midstream')).toEqual(['石油化工', '天然气及生物化工']);
    expect(names('downstream')).toEqual(['下游新材料', '甲醇下游产品']);
    expect(layoutOf.gaps).toHaveLength(3);
  });
});
