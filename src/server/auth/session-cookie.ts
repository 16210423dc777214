/**
 * The session cookie: HttpOnly (scripts cannot read it), SameSite=Lax (not sent with
 * cross-site POSTs), Path=/, and Secure whenever the request came over HTTPS — directly or,
 * with `trustProxy`, through a proxy that says so in X-Forwarded-Proto. No Max-Age: the
 * server ends the session (sliding expiry); the browser forgets it when it closes.
 */
import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'plansight_session';

function cookieOptions(request: FastifyRequest) {
  return { httpOnly: true, sameSite: 'lax' as const, path: '/', secure: request.protocol === 'https' };
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, cookieOptions(request));
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, cookieOptions(request));
}

export function sessionTokenOf(request: FastifyRequest): string | undefined {
  const value = request.cookies[SESSION_COOKIE];
  return value === undefined || value === '' ? undefined : value;
}
