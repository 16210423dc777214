/**
 * Fastify's logger (pino) set up so that secrets never reach a log line: credentials in
 * headers, the session cookie being set, and any password or token in a body are censored
 * wherever a serializer or a route happens to log them. Request lines carry method, URL,
 * client address and request id — never headers.
 */
import type { FastifyServerOptions } from 'fastify';
import type { ServerConfig } from './config.ts';

export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'body.password',
  'body.token',
  'req.body.password',
  'req.body.token',
  '*.password',
  '*.token',
  '*.csrfToken',
];

export function loggerOptions(config: ServerConfig): FastifyServerOptions['logger'] {
  return {
    level: config.log.level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    ...(config.log.stream ? { stream: config.log.stream } : {}),
  };
}
