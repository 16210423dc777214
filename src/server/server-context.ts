/** What every route and hook works with: the store, the plan, the configuration and the clock. */
import type { Plan } from '../plan/derive.ts';
import type { PlanExport } from '../plan/export-plan.ts';
import type { Store } from '../store/open-database.ts';
import type { ServerConfig } from './config.ts';
import type { PublicPortalSwitch } from './policy/public-portal.ts';

export interface ServerContext {
  store: Store;
  plan: Plan;
  /** The plan as exported once at start (it does not change while the server runs). */
  planExport: PlanExport;
  config: ServerConfig;
  /**
   * Whether the public portal is on now: an administrator's setting, else `config.publicPortal`.
   * Read this, not the configuration, wherever anonymous access is decided.
   */
  publicPortal: PublicPortalSwitch;
  /** The clock every timestamp comes from; tests pass a controllable one. */
  now: () => Date;
  version: string;
}
