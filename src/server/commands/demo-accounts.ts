/**
 * The demo database's accounts: one per role, with fixed, obviously-demo passwords so that
 * anyone trying Plansight can log in as each kind of user. Only ever created on a demo
 * database (`plansight serve --demo` on an empty store).
 */
import type { Role } from '../../store/accounts-roles.ts';
import { createUser, type AccountDeps } from './create-user.ts';

export interface DemoAccount {
  username: string;
  password: string;
  role: Role;
  scope: string;
}

interface DemoAccountSpec {
  username: string;
  displayName: string;
  role: Role;
  regions?: string[];
  parkId?: string;
  enterprise?: true;
}

const SPECS: readonly DemoAccountSpec[] = [
  { username: 'demo-admin', displayName: '演示管理员', role: 'admin' },
  { username: 'demo-analyst', displayName: '演示省级分析员', role: 'province-analyst' },
  { username: 'demo-haikou', displayName: '演示海口市填报员', role: 'region-officer', regions: ['460100'] },
  { username: 'demo-yangpu', displayName: '演示洋浦园区填报员', role: 'park-officer', parkId: 'yangpu' },
  { username: 'demo-enterprise', displayName: '演示企业', role: 'enterprise', enterprise: true },
  { username: 'demo-viewer', displayName: '演示只读用户', role: 'viewer' },
];

export const DEMO_USERNAMES: readonly string[] = SPECS.map((s) => s.username);

/** Demo passwords are public by design: they say so. */
export function demoPassword(username: string): string {
  return `${username}-2026`;
}

/**
 * Creates the demo accounts. `enterpriseCreditCode` is a demo enterprise's code for the
 * enterprise account; accounts whose park or region the plan lacks are left out.
 */
export async function createDemoAccounts(deps: AccountDeps, enterpriseCreditCode: string | null): Promise<DemoAccount[]> {
  const created: DemoAccount[] = [];
  for (const spec of SPECS) {
    if (spec.parkId !== undefined && !deps.plan.parks.some((p) => p.id === spec.parkId)) continue;
    if (spec.regions?.some((code) => !deps.plan.regions.some((r) => r.code === code))) continue;
    if (spec.enterprise && enterpriseCreditCode === null) continue;
    const password = demoPassword(spec.username);
    await createUser(deps, {
      username: spec.username,
      displayName: spec.displayName,
      role: spec.role,
      regions: spec.regions ?? [],
      parkId: spec.parkId ?? null,
      creditCode: spec.enterprise ? enterpriseCreditCode : null,
      password,
    });
    const scope = spec.regions?.join(',') ?? spec.parkId ?? (spec.enterprise ? enterpriseCreditCode! : '');
    created.push({ username: spec.username, password, role: spec.role, scope });
  }
  return created;
}
