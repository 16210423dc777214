/**
 * Every page and who may open it. Pages load on demand (one chunk each), so the cockpit
 * does not pay for the map, the forms or the admin screens.
 */
import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import type { Ability } from './abilities.ts';
import { AppLayout } from './AppLayout.tsx';
import { RequireUser } from './guards.tsx';
import type { Role } from './session.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';

type PageModule = () => Promise<ComponentType>;

interface Access {
  ability?: Ability;
  alsoFor?: readonly Role[];
  publicPortal?: boolean;
}

/** A lazily loaded page behind its guard. */
function page(path: string, load: PageModule, access: Access = {}): RouteObject {
  return {
    path,
    lazy: async () => {
      const Page = await load();
      return {
        Component: () => (
          <RequireUser {...access}>
            <Page />
          </RequireUser>
        ),
      };
    },
  };
}

const routes: RouteObject[] = [
  { path: '/login', lazy: async () => ({ Component: (await import('../pages/login/LoginPage.tsx')).LoginPage }) },
  page('/big-screen', async () => (await import('../pages/cockpit/BigScreenPage.tsx')).BigScreenPage, { ability: 'see-all-data', publicPortal: true }),
  {
    path: '/',
    Component: AppLayout,
    children: [
      page('/', async () => (await import('../pages/cockpit/CockpitPage.tsx')).CockpitPage, { publicPortal: true }),
      page('/indicators', async () => (await import('../pages/indicators/IndicatorListPage.tsx')).IndicatorListPage, { publicPortal: true }),
      page('/indicators/:id', async () => (await import('../pages/indicators/IndicatorPage.tsx')).IndicatorPage, { publicPortal: true }),
      page('/industry', async () => (await import('../pages/industry/IndustryPage.tsx')).IndustryPage, { ability: 'see-all-data' }),
      page('/industry/clusters/:id', async () => (await import('../pages/industry/ClusterPage.tsx')).ClusterPage, { ability: 'see-all-data' }),
      page('/map', async () => (await import('../pages/map/MapPage.tsx')).MapPage, { ability: 'see-all-data' }),
      page('/map/regions/:code', async () => (await import('../pages/map/RegionPage.tsx')).RegionPage, { ability: 'see-all-data' }),
      page('/projects', async () => (await import('../pages/projects/ProjectsPage.tsx')).ProjectsPage, { ability: 'see-all-data', alsoFor: ['park-officer'] }),
      page('/projects/:id', async () => (await import('../pages/projects/ProjectPage.tsx')).ProjectPage, { ability: 'see-all-data', alsoFor: ['park-officer'] }),
      page('/enterprises', async () => (await import('../pages/enterprises/EnterprisesPage.tsx')).EnterprisesPage, { ability: 'see-all-data', alsoFor: ['park-officer', 'enterprise'] }),
      page('/enterprises/:creditCode', async () => (await import('../pages/enterprises/EnterprisePage.tsx')).EnterprisePage, { alsoFor: ['park-officer', 'enterprise'] }),
      page('/data', async () => (await import('../pages/data/DataPage.tsx')).DataPage, { ability: 'see-pending', alsoFor: ['park-officer', 'enterprise'] }),
      page('/scenario', async () => (await import('../pages/scenario/ScenarioPage.tsx')).ScenarioPage, { ability: 'see-all-data' }),
      page('/open-data', async () => (await import('../pages/open-data/OpenDataPage.tsx')).OpenDataPage, { publicPortal: true }),
      page('/admin', async () => (await import('../pages/admin/AdminPage.tsx')).AdminPage, { ability: 'administer' }),
      page('/account/tokens', async () => (await import('../pages/admin/MyTokensPage.tsx')).MyTokensPage),
      { path: '*', Component: NotFoundPage },
    ],
  },
];

export const router = createBrowserRouter(routes);
