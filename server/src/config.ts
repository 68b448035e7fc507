import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ipaddr from 'ipaddr.js';
import type { RateLimitSettings } from './plugins/rate-limits.ts';

export type AppEnvironment = 'development' | 'test' | 'production';

export interface AppConfig {
  env: AppEnvironment;
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  publicUrl: string;
  sessionSecret: string;
  seedDemo: boolean;
  logLevel: string;
  /** Where the built web app lives; served in production mode when it exists. */
  webDist: string;
  livekit: { url: string; apiKey: string; apiSecret: string } | undefined;
  /** When a session's video room is open, relative to its start and end. */
  room: { opensMinutesBefore: number; closesMinutesAfter: number };
  redisUrl: string | undefined;
  /**
   * Which proxies may tell us the client's address in X-Forwarded-For: a hop count, their
   * addresses/CIDR ranges, or none (false). Never every address: then anyone could choose
   * the address the rate limits count against.
   */
  trustProxy: number | string[] | false;
  /** Production allowances unless a test changes them (see plugins/rate-limits.ts). */
  rateLimits: RateLimitSettings;
  /** Notes and unpublished summaries are deleted this many months after their session. */
  retentionMonths: number;
  /** Round proposals: the deadline of one whole proposal, and search attempts per person. */
  rounds: { deadlineSeconds: number; iterationsPerPerson: number };
  /** Bearer token for GET /metrics; unset: /metrics does not exist (404). */
  metricsToken: string | undefined;
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

/**
 * Reads and validates the configuration from the environment. Every problem is collected and
 * reported at once, in words an operator understands.
 */
export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const appEnv = (env.APP_ENV ??
    (env.NODE_ENV === 'production' ? 'production' : 'development')) as AppEnvironment;
  if (!['development', 'test', 'production'].includes(appEnv)) {
    problems.push(`APP_ENV must be development, test or production (got "${appEnv}").`);
  }
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    problems.push(`PORT must be a port number between 0 and 65535 (got "${env.PORT}").`);
  }
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push(
      'DATABASE_URL must start with postgres:// (leave it unset for the embedded SQLite database).',
    );
  }
  const smtpUrl = env.SMTP_URL || undefined;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) {
    problems.push(
      'SMTP_URL must start with smtp:// or smtps:// (leave it unset to keep mail in the local outbox).',
    );
  }
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, '');
  if (!/^https?:\/\//.test(publicUrl))
    problems.push(`PUBLIC_URL must be an http(s) URL (got "${publicUrl}").`);
  if (appEnv === 'production' && !publicUrl.startsWith('https://')) {
    problems.push('PUBLIC_URL must use https:// in production (cookies are Secure there).');
  }
  const livekitParts = [env.LIVEKIT_URL, env.LIVEKIT_API_KEY, env.LIVEKIT_API_SECRET];
  if (livekitParts.some(Boolean) && !livekitParts.every(Boolean)) {
    problems.push(
      'Set LIVEKIT_URL, LIVEKIT_API_KEY and LIVEKIT_API_SECRET together, or none of them.',
    );
  }
  const room = {
    opensMinutesBefore: minutes(env, 'ROOM_OPENS_MINUTES_BEFORE', 15, problems),
    closesMinutesAfter: minutes(env, 'ROOM_CLOSES_MINUTES_AFTER', 30, problems),
  };
  const retentionMonths = Number(env.RETENTION_MONTHS ?? 12);
  if (!Number.isInteger(retentionMonths) || retentionMonths < 1 || retentionMonths > 120) {
    problems.push(
      `RETENTION_MONTHS must be a whole number of months from 1 to 120 (got "${env.RETENTION_MONTHS}").`,
    );
  }
  const trustProxy = parseTrustProxy(env.TRUST_PROXY, problems);
  const rounds = {
    // Production answers within a coordinator's patience; elsewhere only a runaway is stopped,
    // so tests and development keep deterministic results.
    deadlineSeconds: Number(env.ROUND_DEADLINE_SECONDS ?? (appEnv === 'production' ? 20 : 300)),
    iterationsPerPerson: Number(env.ROUND_SEARCH_EFFORT ?? 50),
  };
  if (!(rounds.deadlineSeconds > 0 && rounds.deadlineSeconds <= 3600)) {
    problems.push(
      `ROUND_DEADLINE_SECONDS must be a number of seconds above 0, at most 3600 (got "${env.ROUND_DEADLINE_SECONDS}").`,
    );
  }
  if (!Number.isInteger(rounds.iterationsPerPerson) || rounds.iterationsPerPerson < 0) {
    problems.push(
      `ROUND_SEARCH_EFFORT must be a whole number of search attempts per person (got "${env.ROUND_SEARCH_EFFORT}").`,
    );
  }
  const rateLimitScale = Number(env.RATE_LIMIT_SCALE ?? (appEnv === 'test' ? 1000 : 1));
  if (!Number.isFinite(rateLimitScale) || rateLimitScale < 1 || rateLimitScale > 100_000) {
    problems.push(
      `RATE_LIMIT_SCALE must be a number from 1 to 100000 (got "${env.RATE_LIMIT_SCALE}").`,
    );
  }
  const metricsToken = env.METRICS_TOKEN || undefined;
  if (metricsToken && metricsToken.length < 16)
    problems.push('METRICS_TOKEN must be at least 16 characters (a random secret).');
  if (problems.length > 0)
    throw new ConfigError(`Configuration problems:\n- ${problems.join('\n- ')}`);

  // Relative to where the command was typed (pnpm runs package scripts inside server/).
  const dataDir = resolve(env.INIT_CWD ?? process.cwd(), env.DATA_DIR ?? './data');
  return {
    env: appEnv,
    port,
    host: env.HOST ?? '127.0.0.1',
    dataDir,
    databaseUrl,
    smtpUrl,
    mailFrom: env.MAIL_FROM ?? 'Over de schutting <noreply@over-de-schutting.local>',
    publicUrl,
    sessionSecret: env.SESSION_SECRET ?? persistedSecret(dataDir),
    seedDemo: (env.SEED_DEMO ?? (appEnv === 'production' ? 'false' : 'true')) === 'true',
    logLevel: env.LOG_LEVEL ?? (appEnv === 'test' ? 'warn' : 'info'),
    webDist: resolve(env.WEB_DIST ?? new URL('../../web/dist', import.meta.url).pathname),
    livekit:
      env.LIVEKIT_URL && env.LIVEKIT_API_KEY && env.LIVEKIT_API_SECRET
        ? { url: env.LIVEKIT_URL, apiKey: env.LIVEKIT_API_KEY, apiSecret: env.LIVEKIT_API_SECRET }
        : undefined,
    redisUrl: env.REDIS_URL || undefined,
    trustProxy,
    // The suites send thousands of requests from one address; the tests of the limits
    // themselves set the scale back to 1. RATE_LIMIT_SCALE is for load tests (pnpm bench:api);
    // the server warns at start when it raises the production limits.
    rateLimits: { scale: rateLimitScale },
    retentionMonths,
    metricsToken,
    room,
    rounds,
  };
}

function minutes(env: Env, name: string, fallback: number, problems: string[]): number {
  const value = env[name];
  const parsed = Number(value ?? fallback);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 24 * 60) {
    problems.push(`${name} must be a whole number of minutes from 0 to 1440 (got "${value}").`);
  }
  return parsed;
}

const TRUST_PROXY_HELP =
  'TRUST_PROXY must be the number of proxies in front of the app (e.g. 1) or their addresses or ' +
  'CIDR ranges, comma-separated (e.g. 10.0.0.5,10.1.0.0/16); leave it unset when clients connect directly';

/**
 * TRUST_PROXY as Fastify's trustProxy. Fastify itself ignores a bare hop count (it cannot
 * check the nearest peer), so the count becomes "the nearest n hops": right only when the app
 * cannot be reached except through those proxies (README says so).
 */
export function trustProxyOption(
  trustProxy: AppConfig['trustProxy'],
): false | string[] | ((address: string, hop: number) => boolean) {
  if (typeof trustProxy !== 'number') return trustProxy;
  return (_address, hop) => hop < trustProxy;
}

/** A hop count, a list of proxy addresses/ranges, or false (trust no X-Forwarded-For). */
function parseTrustProxy(value: string | undefined, problems: string[]): number | string[] | false {
  const text = value?.trim() ?? '';
  if (text === '') return false;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 10) problems.push(`${TRUST_PROXY_HELP} (got ${hops} hops, more than 10).`);
    return hops === 0 ? false : hops;
  }
  const entries = text.split(',').map((entry) => entry.trim());
  for (const entry of entries) {
    const [address = '', bits] = entry.split('/');
    const valid =
      (ipaddr.IPv4.isValidFourPartDecimal(address) || ipaddr.IPv6.isValid(address)) &&
      (bits === undefined || ipaddr.isValidCIDR(entry));
    if (!valid) problems.push(`${TRUST_PROXY_HELP} (got "${entry}").`);
    else if (bits !== undefined && Number(bits) === 0)
      problems.push(`TRUST_PROXY must not trust every address (got "${entry}").`);
  }
  return entries;
}

/** A random secret kept in DATA_DIR, so sessions survive restarts without configuration. */
function persistedSecret(dataDir: string): string {
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
