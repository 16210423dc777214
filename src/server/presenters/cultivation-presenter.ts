/** The enterprises behind a pipeline count as the API lists them: who, where, and the assessment's own words. */
import type { z } from 'zod';
import type { PipelineMember, PipelineMembers } from '../commands/cultivation-lists.ts';
import type { pipelineMembersSchema } from '../schemas/cultivation-schemas.ts';

type MembersDocument = z.infer<typeof pipelineMembersSchema>;

export function presentPipelineMember({ snapshot, assessment: a }: PipelineMember): MembersDocument['items'][number] {
  const e = snapshot.enterprise;
  return {
    creditCode: e.creditCode,
    name: e.name,
    regionCode: e.regionCode,
    parkId: e.parkId,
    clusters: e.clusters,
    isDemo: snapshot.demo ?? false,
    status: a.status,
    score: a.score,
    nearMiss: a.nearMiss,
    summary: a.summary,
    changes: a.changes.map((c) => ({ criterionId: c.criterionId ?? null, kind: c.kind, message: c.message })),
    // A candidate "to confirm" has its figures; what stays open are confirmations (facts).
    toConfirm: a.status === 'to-confirm' ? a.missing.filter((m) => m.kind === 'fact').map((m) => m.name) : [],
  };
}

export function presentPipelineMembers(m: PipelineMembers, page: { page: number; pageSize: number }): MembersDocument {
  return { date: m.date, dataYear: m.dataYear, tier: m.tier, category: m.category, total: m.total, ...page, items: m.members.map(presentPipelineMember) };
}
