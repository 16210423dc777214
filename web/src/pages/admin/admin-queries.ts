/** The administration pages' reads, each under one cache key that the writes invalidate. */
import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../api/client.ts';
import type { Items, Token, User } from '../../api/types.ts';

export const USERS_KEY = ['users'] as const;
export const TOKENS_KEY = ['tokens'] as const;

export const useUsers = () => useQuery({ queryKey: USERS_KEY, queryFn: async () => (await apiGet<Items<User>>('/api/users')).items });

/** An administrator's list holds every user's tokens; anyone else's only their own. */
export const useTokens = () => useQuery({ queryKey: TOKENS_KEY, queryFn: async () => (await apiGet<Items<Token>>('/api/tokens')).items });
