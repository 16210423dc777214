/**
 * The registry by industry: enterprises per cluster and segment, and per cluster those
 * holding a valid high-tech certificate at the end of the evaluation year. Clusters and
 * segments are JSON arrays in one column, so rows are grouped by that text first (few
 * distinct combinations even for a million enterprises) and split here.
 */
import { holdsValidCertificate } from '../../store/certificate-validity.ts';
import type { Db } from '../../store/open-database.ts';
import type { EnterpriseFacts } from '../model/inputs.ts';

export async function enterpriseFacts(db: Db, year: number): Promise<EnterpriseFacts & { demo: number }> {
  const yearEnd = `${year}-12-31`;
  const groups = await db
    .selectFrom('enterprises as e')
    .select((eb) => [
      'e.clusters',
      'e.segments',
      eb.fn.countAll<number>().as('n'),
      eb.fn.sum<number>('e.isDemo').as('demo'),
      eb.fn
        .sum<number>(
          eb
            .case()
            .when(holdsValidCertificate(eb.ref('e.creditCode'), 'hte', yearEnd))
            .then(1)
            .else(0)
            .end(),
        )
        .as('hte'),
    ])
    .groupBy(['e.clusters', 'e.segments'])
    .execute();
  const clusters = new Map<string, { enterprises: number; hteValid: number }>();
  const segments = new Map<string, number>();
  let total = 0;
  let demo = 0;
  for (const group of groups) {
    const n = Number(group.n);
    const hte = Number(group.hte ?? 0);
    total += n;
    demo += Number(group.demo ?? 0);
    for (const id of parseIds(group.clusters)) {
      const c = clusters.get(id) ?? { enterprises: 0, hteValid: 0 };
      c.enterprises += n;
      c.hteValid += hte;
      clusters.set(id, c);
    }
    for (const id of parseIds(group.segments)) segments.set(id, (segments.get(id) ?? 0) + n);
  }
  return {
    total,
    demo,
    byCluster: [...clusters].sort(([a], [b]) => a.localeCompare(b)).map(([clusterId, c]) => ({ clusterId, ...c })),
    bySegment: [...segments].sort(([a], [b]) => a.localeCompare(b)).map(([segmentId, enterprises]) => ({ segmentId, enterprises })),
  };
}

function parseIds(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? [...new Set(value.filter((v): v is string => typeof v === 'string'))] : [];
  } catch {
    return [];
  }
}
