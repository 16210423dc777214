/**
 * Who is signed in. The session is the cookie; this provider reads it once
 * (GET /api/auth/session), keeps the CSRF token for writes, and drops back to the login
 * page when a request finds the session gone.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { apiGet, apiSend, setCsrfToken, setUnauthenticatedHandler } from '../api/client.ts';
import type { Session, User } from '../api/types.ts';

export type Role = User['role'];

interface SessionContextValue {
  user: User | null;
  loading: boolean;
  login: (username: string, password: string) => Promise<User>;
  logout: () => Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

async function readSession(): Promise<Session | null> {
  return (await apiGet<{ session: Session | null }>('/api/auth/status')).session;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const session = useQuery({ queryKey: ['session'], queryFn: readSession, staleTime: 5 * 60_000, retry: false });

  useEffect(() => {
    setCsrfToken(session.data?.csrfToken ?? null);
  }, [session.data]);

  useEffect(() => {
    setUnauthenticatedHandler(() => {
      setCsrfToken(null);
      queryClient.setQueryData(['session'], null);
    });
    return () => setUnauthenticatedHandler(null);
  }, [queryClient]);

  const login = useCallback(
    async (username: string, password: string) => {
      const created = await apiSend<Session>('POST', '/api/auth/login', { username, password });
      setCsrfToken(created.csrfToken);
      // Data fetched as somebody else (or nobody) must not be shown to this user.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
      queryClient.setQueryData(['session'], created);
      return created.user;
    },
    [queryClient],
  );

  const logout = useCallback(async () => {
    try {
      await apiSend('POST', '/api/auth/logout');
    } finally {
      setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData(['session'], null);
    }
  }, [queryClient]);

  const value = useMemo<SessionContextValue>(
    () => ({ user: session.data?.user ?? null, loading: session.isPending, login, logout }),
    [session.data, session.isPending, login, logout],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
