/** Route guards: sign-in required (or the public portal), and an ability for the page. */
import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { QueryState } from '../components/QueryState.tsx';
import { can, type Ability } from './abilities.ts';
import type { Role } from './session.tsx';
import { useSession } from './session.tsx';
import { useSettings } from './settings.ts';

const loading = { data: undefined, error: null, isPending: true, refetch: () => undefined };

export function RequireUser({ children, ability, alsoFor, publicPortal = false }: { children: ReactNode; ability?: Ability; alsoFor?: readonly Role[]; publicPortal?: boolean }) {
  const { t } = useTranslation();
  const { user, loading: sessionLoading } = useSession();
  const settings = useSettings();
  const location = useLocation();
  if (sessionLoading || (publicPortal && settings.isPending)) return <QueryState query={loading}>{() => null}</QueryState>;
  if (!user) {
    if (publicPortal && settings.data?.publicPortal) return <>{children}</>;
    return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  }
  if (ability && !can(user, ability) && !(alsoFor?.includes(user.role) ?? false)) {
    return <Result status="403" title="403" subTitle={t('state.forbidden')} />;
  }
  return <>{children}</>;
}
