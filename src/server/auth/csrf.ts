/**
 * CSRF protection for cookie-authenticated writes: the browser sends the cookie by itself,
 * so an unsafe request must also prove it was made by our page — by echoing the session's
 * CSRF token (which only same-origin script can read, from login or GET /api/auth/session)
 * in the `x-csrf-token` header. Compared in constant time.
 */
import type { FastifyRequest } from 'fastify';
import type { SessionRecord } from '../../store/accounts-sessions.ts';
import { errors } from '../errors.ts';
import { sameSecret } from './secrets.ts';

export const CSRF_HEADER = 'x-csrf-token';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function isUnsafeMethod(method: string): boolean {
  return UNSAFE_METHODS.has(method.toUpperCase());
}

export function verifyCsrf(request: FastifyRequest, session: SessionRecord): void {
  const sent = request.headers[CSRF_HEADER];
  if (typeof sent !== 'string' || sent === '' || !sameSecret(sent, session.csrfToken)) throw errors.csrfFailed();
}
