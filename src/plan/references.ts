/**
 * Cross-reference checks: every id a plan item points to must exist, and ids must be
 * unique. Pure: the validated plan in, issues (with their paths) out.
 */
import type { PlanDocument } from './schema.ts';
import type { PlanIssue } from './plan-issue.ts';

export interface PathedIssue {
  issue: Omit<PlanIssue, 'file' | 'line' | 'column' | 'path'>;
  path: PropertyKey[];
}

export function checkReferences(plan: PlanDocument): PathedIssue[] {
  const out: PathedIssue[] = [];
  const missing = (path: PropertyKey[], kind: { zh: string; en: string }, id: string) =>
    out.push({
      path,
      issue: {
        severity: 'error',
        code: 'unknown_reference',
        message: { zh: `引用了不存在的${kind.zh}“${id}”`, en: `refers to an unknown ${kind.en} ${JSON.stringify(id)}` },
      },
    });
  const duplicate = (path: PropertyKey[], id: string) =>
    out.push({
      path,
      issue: {
        severity: 'error',
        code: 'duplicate_id',
        message: { zh: `标识“${id}”重复`, en: `the id ${JSON.stringify(id)} is used more than once` },
      },
    });

  const units = new Set(plan.units.map((u) => u.id));
  const categories = new Set(plan.categories.map((c) => c.id));
  const tiers = new Set(plan.tiers.map((t) => t.id));
  const regions = new Set(plan.regions.map((r) => r.code));
  const regionOrProvince = new Set([...regions, plan.province.code]);
  const parks = new Set(plan.parks.map((p) => p.id));
  const clusters = new Map(plan.clusters.map((c) => [c.id, c]));
  const series = new Set([...plan.indicators.map((i) => i.id), ...plan.statistics.map((s) => s.id)]);
  const indicators = new Set(plan.indicators.map((i) => i.id));

  const unique = (ids: { id: string; path: PropertyKey[] }[]) => {
    const seen = new Set<string>();
    for (const { id, path } of ids) {
      if (seen.has(id)) duplicate(path, id);
      seen.add(id);
    }
  };
  unique([
    ...plan.indicators.map((i, n) => ({ id: i.id, path: ['indicators', n, 'id'] })),
    ...plan.statistics.map((s, n) => ({ id: s.id, path: ['statistics', n, 'id'] })),
  ]);
  unique(plan.units.map((u, n) => ({ id: u.id, path: ['units', n, 'id'] })));
  unique(plan.categories.map((c, n) => ({ id: c.id, path: ['categories', n, 'id'] })));
  unique(plan.tiers.map((t, n) => ({ id: t.id, path: ['tiers', n, 'id'] })));
  unique(plan.clusters.map((c, n) => ({ id: c.id, path: ['clusters', n, 'id'] })));
  unique(
    plan.clusters.flatMap((c, n) =>
      c.segments.flatMap((s, m) => [
        { id: s.id, path: ['clusters', n, 'segments', m, 'id'] },
        ...s.links.map((l, k) => ({ id: l.id, path: ['clusters', n, 'segments', m, 'links', k, 'id'] })),
      ]),
    ),
  );
  unique(plan.regions.map((r, n) => ({ id: r.code, path: ['regions', n, 'code'] })));
  unique(plan.poles.map((p, n) => ({ id: p.id, path: ['poles', n, 'id'] })));
  unique(plan.parks.map((p, n) => ({ id: p.id, path: ['parks', n, 'id'] })));
  unique(plan.projects.map((p, n) => ({ id: p.id, path: ['projects', n, 'id'] })));
  unique(plan.programmes.map((p, n) => ({ id: p.id, path: ['programmes', n, 'id'] })));
  unique(plan.programmes.flatMap((p, n) => p.tasks.map((t, m) => ({ id: t.id, path: ['programmes', n, 'tasks', m, 'id'] }))));

  const UNIT = { zh: '单位', en: 'unit' };
  const CLUSTER = { zh: '产业集群', en: 'cluster' };
  const REGION = { zh: '市县', en: 'region' };
  const PARK = { zh: '园区', en: 'park' };
  const INDICATOR = { zh: '指标', en: 'indicator' };

  plan.indicators.forEach((indicator, n) => {
    if (!categories.has(indicator.category)) missing(['indicators', n, 'category'], { zh: '目标领域', en: 'category' }, indicator.category);
    if (!units.has(indicator.unit)) missing(['indicators', n, 'unit'], UNIT, indicator.unit);
    const m = indicator.measurement;
    if (m.kind === 'ratio') {
      for (const side of ['numerator', 'denominator'] as const) {
        if (!series.has(m[side])) missing(['indicators', n, 'measurement', side], { zh: '统计量或指标', en: 'statistic or indicator' }, m[side]);
      }
    }
    if (indicator.target.value === null && indicator.target.kind !== 'assigned') {
      out.push({
        path: ['indicators', n, 'target', 'value'],
        issue: {
          severity: 'error',
          code: 'missing_target',
          message: {
            zh: '只有“完成下达目标”类指标（kind: assigned）可以没有目标值',
            en: 'only an assigned target (kind: assigned) may have no value',
          },
        },
      });
    }
    if (indicator.baseline && indicator.baseline.year !== plan.baseYear) {
      out.push({
        path: ['indicators', n, 'baseline', 'year'],
        issue: {
          severity: 'warning',
          code: 'baseline_year',
          message: {
            zh: `基期值年份 ${indicator.baseline.year} 不是规划基期 ${plan.baseYear}`,
            en: `the baseline year ${indicator.baseline.year} is not the plan's base year ${plan.baseYear}`,
          },
        },
      });
    }
  });
  plan.statistics.forEach((statistic, n) => {
    if (!units.has(statistic.unit)) missing(['statistics', n, 'unit'], UNIT, statistic.unit);
  });
  plan.tiers.forEach((tier, n) => {
    if (tier.unit !== null && !units.has(tier.unit)) missing(['tiers', n, 'unit'], UNIT, tier.unit);
  });
  if (plan.industrySystem?.totalIndicatorId && !indicators.has(plan.industrySystem.totalIndicatorId)) {
    missing(['industrySystem', 'totalIndicatorId'], INDICATOR, plan.industrySystem.totalIndicatorId);
  }
  plan.clusters.forEach((cluster, n) => {
    if (!tiers.has(cluster.tier)) missing(['clusters', n, 'tier'], { zh: '集群层级', en: 'tier' }, cluster.tier);
    if (cluster.indicatorId !== null && !indicators.has(cluster.indicatorId)) {
      missing(['clusters', n, 'indicatorId'], INDICATOR, cluster.indicatorId);
    }
  });
  plan.poles.forEach((pole, n) => {
    pole.core.forEach((code, m) => regions.has(code) || missing(['poles', n, 'core', m], REGION, code));
    pole.radiates.forEach((code, m) => regions.has(code) || missing(['poles', n, 'radiates', m], REGION, code));
    pole.coreParks.forEach((id, m) => parks.has(id) || missing(['poles', n, 'coreParks', m], PARK, id));
    pole.clusters.forEach((id, m) => clusters.has(id) || missing(['poles', n, 'clusters', m], CLUSTER, id));
  });
  plan.parks.forEach((park, n) => {
    if (park.region !== null && !regions.has(park.region)) missing(['parks', n, 'region'], REGION, park.region);
    park.regions.forEach((code, m) => regions.has(code) || missing(['parks', n, 'regions', m], REGION, code));
    park.clusters.forEach((id, m) => clusters.has(id) || missing(['parks', n, 'clusters', m], CLUSTER, id));
  });
  plan.projects.forEach((project, n) => {
    const cluster = project.clusterId === null ? undefined : clusters.get(project.clusterId);
    if (project.clusterId !== null && !cluster) missing(['projects', n, 'clusterId'], CLUSTER, project.clusterId);
    if (project.segmentId !== null) {
      if (project.clusterId === null) {
        missing(['projects', n, 'segmentId'], { zh: '细分领域（未指定集群）', en: 'segment (no cluster given)' }, project.segmentId);
      } else if (cluster && !cluster.segments.some((s) => s.id === project.segmentId)) {
        missing(['projects', n, 'segmentId'], { zh: `集群“${cluster.id}”的细分领域`, en: `segment of cluster ${JSON.stringify(cluster.id)}` }, project.segmentId);
      }
    }
    project.regions.forEach((code, m) => regionOrProvince.has(code) || missing(['projects', n, 'regions', m], REGION, code));
    project.parks.forEach((id, m) => parks.has(id) || missing(['projects', n, 'parks', m], PARK, id));
  });
  plan.programmes.forEach((programme, n) => {
    programme.tasks.forEach((task, m) => {
      task.clusters.forEach((id, k) => clusters.has(id) || missing(['programmes', n, 'tasks', m, 'clusters', k], CLUSTER, id));
      task.parks.forEach((id, k) => parks.has(id) || missing(['programmes', n, 'tasks', m, 'parks', k], PARK, id));
    });
  });
  if (plan.targetYear <= plan.baseYear) {
    out.push({
      path: ['targetYear'],
      issue: {
        severity: 'error',
        code: 'period',
        message: {
          zh: `目标年 ${plan.targetYear} 应晚于基期 ${plan.baseYear}`,
          en: `the target year ${plan.targetYear} must come after the base year ${plan.baseYear}`,
        },
      },
    });
  }
  return out;
}
