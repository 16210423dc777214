/** The side menu: each entry, its path, its icon and who sees it (anonymous only on the public portal). */
import {
  AimOutlined, ApartmentOutlined, BankOutlined, BarChartOutlined, CloudDownloadOutlined, DashboardOutlined, EnvironmentOutlined,
  ExperimentOutlined, FormOutlined, ProjectOutlined, SettingOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { User } from '../api/types.ts';
import { can, type Ability } from './abilities.ts';

export interface NavItem {
  key: string;
  path: string;
  icon: ReactNode;
  /** Signed-in users need this ability (none: any signed-in user). */
  ability?: Ability;
  /** Shown to anonymous readers when the public portal is on. */
  publicPortal?: boolean;
  /** Roles that see it although they lack `ability` (own-scope views). */
  alsoFor?: readonly User['role'][];
}

export const NAV_ITEMS: NavItem[] = [
  { key: 'nav.cockpit', path: '/', icon: <DashboardOutlined />, publicPortal: true },
  { key: 'nav.indicators', path: '/indicators', icon: <BarChartOutlined />, publicPortal: true },
  { key: 'nav.industry', path: '/industry', icon: <ApartmentOutlined />, ability: 'see-all-data' },
  { key: 'nav.map', path: '/map', icon: <EnvironmentOutlined />, ability: 'see-all-data' },
  { key: 'nav.projects', path: '/projects', icon: <ProjectOutlined />, ability: 'see-all-data', alsoFor: ['park-officer'] },
  { key: 'nav.enterprises', path: '/enterprises', icon: <BankOutlined />, ability: 'see-all-data', alsoFor: ['park-officer', 'enterprise'] },
  { key: 'nav.data', path: '/data', icon: <FormOutlined />, ability: 'see-pending', alsoFor: ['park-officer', 'enterprise'] },
  { key: 'nav.scenario', path: '/scenario', icon: <ExperimentOutlined />, ability: 'see-all-data' },
  { key: 'nav.openData', path: '/open-data', icon: <CloudDownloadOutlined />, publicPortal: true },
  { key: 'nav.bigScreen', path: '/big-screen', icon: <AimOutlined />, ability: 'see-all-data' },
  { key: 'nav.admin', path: '/admin', icon: <SettingOutlined />, ability: 'administer' },
];

export function visibleNavItems(user: User | null, publicPortal: boolean): NavItem[] {
  return NAV_ITEMS.filter((item) => {
    if (!user) return publicPortal && item.publicPortal === true;
    if (!item.ability) return true;
    return can(user, item.ability) || (item.alsoFor?.includes(user.role) ?? false);
  });
}
