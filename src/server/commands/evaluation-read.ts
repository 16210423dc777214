/**
 * The evaluation as the API serves it: the store's yearly region-level observations
 * (approved, or approved and pending), evaluated and written as the CLI's JSON document —
 * the same functions `plansight evaluate --format json` calls — with how many of the values
 * were pending and how many demo.
 *
 * Cached: an evaluation is a pure function of the plan and the observations, so a result
 * is kept per store under (plan content hash, year, includePending) together with the
 * observations' data version — a number the database raises on every write to them
 * (src/store/data-version.ts). The version is read before the observations, so a cached
 * result is never older than its version says; any write makes the next request compute
 * afresh. Concurrent requests for the same missing result share one computation.
 */
import { evaluatePlan } from '../../evaluation/evaluate-plan.ts';
import { evaluationJson } from '../../evaluation/evaluation-json.ts';
import type { Plan } from '../../plan/derive.ts';
import { planContentHash } from '../../plan/plan-hash.ts';
import { dataVersion } from '../../store/data-version.ts';
import { observationsForEvaluation } from '../../store/observation-queries.ts';
import type { Store } from '../../store/open-database.ts';
import type { ServerContext } from '../server-context.ts';

export interface ServedEvaluation {
  document: ReturnType<typeof evaluationJson>;
  pendingValues: number;
  demoValues: number;
}

/** Evaluations kept per store; the least recently used go first. */
const MAX_CACHED = 64;

interface Cached {
  version: number;
  served: Promise<ServedEvaluation>;
}

const caches = new WeakMap<Store, Map<string, Cached>>();
const planHashes = new WeakMap<Plan, string>();

function planHash(plan: Plan): string {
  let hash = planHashes.get(plan);
  if (hash === undefined) planHashes.set(plan, (hash = planContentHash(plan)));
  return hash;
}

async function computeEvaluation(ctx: Pick<ServerContext, 'store' | 'plan'>, year: number, includePending: boolean): Promise<ServedEvaluation> {
  const read = await observationsForEvaluation(ctx.store.db, ctx.plan.id, { includePending });
  const document = evaluationJson(ctx.plan, evaluatePlan(ctx.plan, read.observations, year));
  return { document, pendingValues: read.pending, demoValues: read.demo };
}

export async function readEvaluation(ctx: Pick<ServerContext, 'store' | 'plan'>, year: number, includePending: boolean): Promise<ServedEvaluation> {
  const version = await dataVersion(ctx.store.db, 'observations');
  if (version === null) return computeEvaluation(ctx, year, includePending);
  let cache = caches.get(ctx.store);
  if (!cache) caches.set(ctx.store, (cache = new Map()));
  const key = `${planHash(ctx.plan)}|${year}|${includePending}`;
  const hit = cache.get(key);
  if (hit && hit.version === version) {
    cache.delete(key);
    cache.set(key, hit);
    return hit.served;
  }
  const entry: Cached = { version, served: computeEvaluation(ctx, year, includePending) };
  cache.delete(key);
  cache.set(key, entry);
  if (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value!);
  try {
    return await entry.served;
  } catch (error) {
    if (cache.get(key) === entry) cache.delete(key);
    throw error;
  }
}
