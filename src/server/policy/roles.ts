/**
 * What each role may do, as data: one row per role. The policy functions read this table;
 * changing a role's rights is a change here, and the exhaustive policy test shows its effect.
 */
import type { Role } from '../../store/accounts-roles.ts';
import type { Text } from '../errors.ts';

export type ApprovalLevel = 'region' | 'province';

export interface RolePolicy {
  label: Text;
  /** `all`: every region's data; `own-scope`: its park's or enterprise's data (and published data). */
  reads: 'all' | 'own-scope';
  /** Where it enters and submits data. */
  writes: 'all' | 'own-regions' | 'own-park' | 'own-enterprise' | 'none';
  /** Levels at which it approves submissions (a region officer: its regions' parks'). */
  approves: readonly ApprovalLevel[];
  /** Reopens approved data (with a reason). */
  reopens: boolean;
  /** Manages accounts, every user's API tokens and the site's settings (public portal, boundaries). */
  administers: boolean;
  /** Which scope an account of this role must have. */
  scope: 'none' | 'regions' | 'park' | 'credit-code';
}

export const ROLE_POLICIES: Readonly<Record<Role, RolePolicy>> = {
  admin: {
    label: { zh: '系统管理员', en: 'Administrator' },
    reads: 'all', writes: 'all', approves: ['region', 'province'], reopens: true, administers: true, scope: 'none',
  },
  'province-analyst': {
    label: { zh: '省级分析人员', en: 'Province analyst' },
    reads: 'all', writes: 'none', approves: ['province'], reopens: true, administers: false, scope: 'none',
  },
  'region-officer': {
    label: { zh: '市县填报人员', en: 'Region officer' },
    reads: 'all', writes: 'own-regions', approves: ['region'], reopens: false, administers: false, scope: 'regions',
  },
  'park-officer': {
    label: { zh: '园区填报人员', en: 'Park officer' },
    reads: 'own-scope', writes: 'own-park', approves: [], reopens: false, administers: false, scope: 'park',
  },
  enterprise: {
    label: { zh: '企业用户', en: 'Enterprise' },
    reads: 'own-scope', writes: 'own-enterprise', approves: [], reopens: false, administers: false, scope: 'credit-code',
  },
  viewer: {
    label: { zh: '只读用户', en: 'Viewer' },
    reads: 'all', writes: 'none', approves: [], reopens: false, administers: false, scope: 'none',
  },
};
