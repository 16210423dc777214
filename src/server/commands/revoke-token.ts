/** Revoking an API token: from now on it is refused (401); the revocation goes to the history. */
import { revokeApiToken, type ApiTokenRecord } from '../../store/accounts-tokens.ts';
import { appendHistory } from '../../store/history.ts';
import type { TokenDeps } from './create-token.ts';
import { API_TOKEN_ENTITY } from './user-history.ts';

export async function revokeToken(deps: TokenDeps, token: ApiTokenRecord): Promise<ApiTokenRecord> {
  if (token.revokedAt !== null) return token;
  return deps.db.transaction().execute(async (trx) => {
    const revoked = await revokeApiToken(trx, token.id, deps.change.at);
    await appendHistory(trx, [{ entity: API_TOKEN_ENTITY, entityKey: String(token.id), action: 'revoke', changes: { revokedAt: [null, revoked.revokedAt] } }], deps.change);
    return revoked;
  });
}
