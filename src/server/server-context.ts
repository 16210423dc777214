/** What every route and hook works with: the store, the plan, the configuration and the clock. */
import type { Plan } from '../plan/derive.ts';
import type { PlanExport } from '../plan/export-plan.ts';
import type { Store } from '../store/open-database.ts';
import type { ServerConfig } from './config.ts';

export interface ServerContext {
  store: Store;
  plan: Plan;
  /** The plan as exported once at start (it does not change while the server runs). */
  planExport: PlanExport;
  config: ServerConfig;
  /** The clock every timestamp comes from; tests pass a controllable one. */
  now: () => Date;
  version: string;
}
