/** An API token as the API shows it: never its value (shown once at creation) nor its hash. */
import type { z } from 'zod';
import type { ApiTokenRecord } from '../../store/accounts-tokens.ts';
import type { tokenSchema } from '../schemas/account-schemas.ts';

export function presentToken(token: ApiTokenRecord): z.infer<typeof tokenSchema> {
  return {
    id: token.id,
    userId: token.userId,
    name: token.name,
    scopes: token.scopes,
    createdAt: token.createdAt,
    expiresAt: token.expiresAt,
    lastUsedAt: token.lastUsedAt,
    revokedAt: token.revokedAt,
  };
}
