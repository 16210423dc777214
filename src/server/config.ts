/**
 * What an operator can set about the HTTP API, with the defaults that `npm start` uses.
 * Environment variables: PLANSIGHT_PUBLIC_PORTAL=1, PLANSIGHT_TRUST_PROXY (1, a hop count
 * or a list of addresses), PLANSIGHT_SESSION_HOURS, PLANSIGHT_UPLOAD_LIMIT_MB,
 * PLANSIGHT_LOG_LEVEL.
 */
import type { Writable } from 'node:stream';

export interface ServerConfig {
  /**
   * Anonymous readers may see published data (`/api/public/*`) and the plan. Off by default.
   * Only the default: an administrator's setting overrides it at run time (ServerContext.publicPortal).
   */
  publicPortal: boolean;
  /**
   * Trust X-Forwarded-* from a reverse proxy (Fastify's `trustProxy`): the client address
   * for rate limits and HTTPS detection for the Secure cookie flag come from the proxy.
   */
  trustProxy: boolean | number | string;
  /** Sliding session lifetime: a session ends this long after its last use. */
  sessionTtlMs: number;
  /** Consecutive failed logins that lock an account, and for how long. */
  lockout: { threshold: number; durationMs: number };
  /** Login attempts per client address and window. */
  loginRateLimit: { max: number; windowMs: number };
  /** JSON request bodies. */
  bodyLimitBytes: number;
  /** Uploaded files (multipart). */
  uploadLimitBytes: number;
  log: { level: string; stream?: Writable };
}

const MIB = 1024 * 1024;

export const DEFAULT_SERVER_CONFIG: ServerConfig = {
  publicPortal: false,
  trustProxy: false,
  sessionTtlMs: 12 * 3_600_000,
  lockout: { threshold: 5, durationMs: 15 * 60_000 },
  loginRateLimit: { max: 20, windowMs: 60_000 },
  bodyLimitBytes: 1 * MIB,
  uploadLimitBytes: 50 * MIB,
  log: { level: 'info' },
};

export type ServerConfigInput = Partial<Omit<ServerConfig, 'lockout' | 'loginRateLimit' | 'log'>> & {
  lockout?: Partial<ServerConfig['lockout']>;
  loginRateLimit?: Partial<ServerConfig['loginRateLimit']>;
  log?: Partial<ServerConfig['log']>;
};

export function resolveServerConfig(input: ServerConfigInput = {}): ServerConfig {
  return {
    ...DEFAULT_SERVER_CONFIG,
    ...input,
    lockout: { ...DEFAULT_SERVER_CONFIG.lockout, ...input.lockout },
    loginRateLimit: { ...DEFAULT_SERVER_CONFIG.loginRateLimit, ...input.loginRateLimit },
    log: { ...DEFAULT_SERVER_CONFIG.log, ...input.log },
  };
}

export function serverConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfigInput {
  const config: ServerConfigInput = {};
  if (env.PLANSIGHT_PUBLIC_PORTAL !== undefined) config.publicPortal = isOn(env.PLANSIGHT_PUBLIC_PORTAL);
  if (env.PLANSIGHT_TRUST_PROXY !== undefined) config.trustProxy = trustProxyOf(env.PLANSIGHT_TRUST_PROXY);
  if (env.PLANSIGHT_SESSION_HOURS !== undefined) config.sessionTtlMs = positive('PLANSIGHT_SESSION_HOURS', env.PLANSIGHT_SESSION_HOURS) * 3_600_000;
  if (env.PLANSIGHT_UPLOAD_LIMIT_MB !== undefined) config.uploadLimitBytes = positive('PLANSIGHT_UPLOAD_LIMIT_MB', env.PLANSIGHT_UPLOAD_LIMIT_MB) * MIB;
  if (env.PLANSIGHT_LOG_LEVEL !== undefined) config.log = { level: env.PLANSIGHT_LOG_LEVEL };
  return config;
}

function isOn(value: string): boolean {
  return ['1', 'true', 'yes', 'on'].includes(value.trim().toLowerCase());
}

function trustProxyOf(value: string): boolean | number | string {
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v);
  if (['1', 'true', 'yes', 'on', '0', 'false', 'no', 'off', ''].includes(v.toLowerCase())) return isOn(v);
  return v;
}

function positive(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new RangeError(`${name} must be a positive number, got ${JSON.stringify(value)}`);
  return n;
}
