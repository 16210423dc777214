/** Whether an API token still works: revoked and expired tokens are refused by the API. */
import type { Token } from '../../api/types.ts';

export type TokenStatus = 'active' | 'revoked' | 'expired';

export function tokenStatus(token: Pick<Token, 'revokedAt' | 'expiresAt'>, now: Date): TokenStatus {
  if (token.revokedAt !== null) return 'revoked';
  if (token.expiresAt !== null && Date.parse(token.expiresAt) <= now.getTime()) return 'expired';
  return 'active';
}

/** Active tokens first, newest first within each status. */
export function sortTokens<T extends Pick<Token, 'revokedAt' | 'expiresAt' | 'createdAt'>>(tokens: readonly T[], now: Date): T[] {
  const rank: Record<TokenStatus, number> = { active: 0, expired: 1, revoked: 2 };
  return [...tokens].sort((a, b) => rank[tokenStatus(a, now)] - rank[tokenStatus(b, now)] || b.createdAt.localeCompare(a.createdAt));
}
