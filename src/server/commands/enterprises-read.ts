/**
 * The registry as a reader may see it. Roles that read every region search all enterprises;
 * a park officer only its park's, an enterprise account only itself — the scope is added to
 * the reader's own filters, so a filter outside it simply finds nothing. One enterprise is
 * shown to whoever may read it (the policy's `enterprise` permission).
 */
import type { CertificationKindId } from '../../records/certification.ts';
import type { CertificationRow, EnterpriseAnnualRow } from '../../store/database-schema.ts';
import type { Db } from '../../store/open-database.ts';
import {
  annualDataOf, certificationsOf, searchEnterprises, tiersOn, type EnterpriseFilters, type EnterpriseRecord,
} from '../../store/registry-read.ts';
import type { UserActor } from '../policy/actor.ts';
import { ROLE_POLICIES } from '../policy/roles.ts';

export interface EnterpriseListing {
  rows: { enterprise: EnterpriseRecord; tiers: CertificationKindId[] }[];
  total: number;
}

export interface EnterpriseDossier {
  enterprise: EnterpriseRecord;
  tiers: CertificationKindId[];
  annual: EnterpriseAnnualRow[];
  certifications: CertificationRow[];
}

/** What of the registry a user's role lets it list (null: everything). */
export function enterpriseScopeOf(actor: UserActor): EnterpriseFilters['scope'] | null {
  const policy = ROLE_POLICIES[actor.user.role];
  if (policy.reads === 'all') return null;
  if (policy.writes === 'own-park') return { parkId: actor.user.parkId ?? '' };
  if (policy.writes === 'own-enterprise') return { creditCode: actor.user.creditCode ?? '' };
  // A role reading neither everything nor a scope of its own lists nothing (none exists today).
  return { creditCode: '' };
}

export async function listEnterprises(db: Db, actor: UserActor, filters: Omit<EnterpriseFilters, 'scope'>, page: { page: number; pageSize: number }): Promise<EnterpriseListing> {
  const scope = enterpriseScopeOf(actor);
  const found = await searchEnterprises(db, { ...filters, ...(scope ? { scope } : {}) }, { offset: (page.page - 1) * page.pageSize, limit: page.pageSize });
  const tiers = await tiersOn(db, found.rows.map((r) => r.creditCode), filters.at);
  return { total: found.total, rows: found.rows.map((enterprise) => ({ enterprise, tiers: tiers.get(enterprise.creditCode) ?? [] })) };
}

export async function enterpriseDossier(db: Db, enterprise: EnterpriseRecord, at: string): Promise<EnterpriseDossier> {
  const [tiers, annual, certifications] = await Promise.all([
    tiersOn(db, [enterprise.creditCode], at),
    annualDataOf(db, enterprise.creditCode),
    certificationsOf(db, enterprise.creditCode),
  ]);
  return { enterprise, tiers: tiers.get(enterprise.creditCode) ?? [], annual, certifications };
}
