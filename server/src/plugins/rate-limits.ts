import { createHmac } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { AppConfig } from '../config.ts';
import { TooManyRequests } from '../errors.ts';
import { requestLanguage, type Localised } from '../lib/language.ts';
import { accountOrSource, bodyAddress, param, source, type KeySource } from './rate-limit-keys.ts';
import { busyMessage, mailMessage, networkMessage, waitWords } from './rate-limit-messages.ts';
import { closeRedis, connectRedis } from './rate-limit-redis.ts';
import { sharedStore } from './rate-limit-store.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function mailTo(field: string): Policy {
  return { key: bodyAddress(field), bucket: 'mail', max: 5, window: HOUR, message: mailMessage };
}

/**
 * Every rate limit of the app, by name; a route lists the ones that apply to it in
 * `config.limits` (without a list: `requests`). Signed-in requests count per account, anonymous
 * ones per source address (as Fastify derives it from TRUST_PROXY): a town hall behind one
 * gateway address is many people, so allowances per source are sized for a whole building.
 */
const LIMITS = {
  // Everything: ten requests a second per person is far above use; per source, a building
  // of colleagues opening the app before they have signed in.
  requests: { key: accountOrSource, max: { signedIn: 600, anonymous: 1200 }, window: MINUTE },
  // Sign-in links from one source: 50 colleagues asking a few times each, or 500 once.
  'sign-in-link': { key: source, max: 500, window: HOUR, message: networkMessage },
  // Mail with a link to one address, whoever asks and through which route: a few per hour.
  // The answer is the same whether an account exists or not, and so is this limit.
  'sign-in-mail': mailTo('email'),
  'email-change-mail': mailTo('newEmail'),
  'email-change': { key: accountOrSource, max: 10, window: HOUR },
  // Using a link from a mail (sign-in, reply, e-mail change, back in the pool). The tokens
  // cannot be guessed, so this only bounds the load; a building answering an invitation fits.
  'link-use': { key: accountOrSource, max: { signedIn: 100, anonymous: 600 }, window: 15 * MINUTE },
  // Calendars poll their feed; Google and Microsoft fetch many users' feeds from few
  // addresses, so the secret address is the key.
  'calendar-feed': { key: param('file'), max: 120, window: HOUR },
  // LiveKit sends an event for every join, leave and track, from one address.
  'livekit-webhook': { key: source, max: 6000, window: MINUTE },
  'linked-calendar': { key: accountOrSource, max: 10, window: MINUTE },
  'guard-scan': { key: accountOrSource, max: 120, window: MINUTE },
} satisfies Record<string, Policy>;

export type LimitName = keyof typeof LIMITS;

/** Production allowances times `scale` (at least 1), or `max` for a named limit (tests). */
export interface RateLimitSettings {
  scale: number;
  max?: Partial<Record<LimitName, number>>;
}

const DEFAULT_LIMITS: readonly LimitName[] = ['requests'];

interface Policy {
  key: KeySource;
  max: number | { signedIn: number; anonymous: number };
  window: number;
  /** Limits with one bucket share their counters (one address, whichever route mails it). */
  bucket?: string;
  message?: (wait: Localised) => Localised;
}

export const rateLimitsPlugin = fp(
  async (app: FastifyInstance, { config }: { config: AppConfig }) => {
    // Raised limits are for load tests only: say so at every start, never silently.
    if (config.env !== 'test' && config.rateLimits.scale !== 1)
      app.log.warn(
        { scale: config.rateLimits.scale },
        'RATE_LIMIT_SCALE raises every rate limit; meant for load tests, not for a public server',
      );
    const redis = config.redisUrl ? await connectRedis(config.redisUrl, app.log) : undefined;
    app.addHook('onClose', async () => closeRedis(redis));
    // Registered for its counters; routes name their limits instead of configuring them here.
    await app.register(rateLimit, { global: false, store: sharedStore(redis, app.log) });

    // Addresses and feed secrets are counted under a keyed hash: no e-mail address in Redis.
    const hash = (value: string) =>
      createHmac('sha256', config.sessionSecret).update(value).digest('base64url').slice(0, 22);
    const counters = new Map(
      (Object.entries(LIMITS) as [LimitName, Policy][]).map(([name, policy]) => {
        const max = allowance(name, policy, config.rateLimits);
        const bucket = policy.bucket ?? name;
        const counter = app.createRateLimit({
          keyGenerator: (request) => `${bucket}:${policy.key.of(request, hash)}`,
          max: (request) => (request.user ? max.signedIn : max.anonymous),
          timeWindow: policy.window,
        });
        return [name, { policy, counter }] as const;
      }),
    );

    /** Whether a request has a limit to count at this stage (probes have none at all). */
    function counts(request: FastifyRequest, stage: KeySource['stage']): boolean {
      for (const name of request.routeOptions.config?.limits ?? DEFAULT_LIMITS)
        if (counters.get(name)!.policy.key.stage === stage) return true;
      return false;
    }
    const lastLogged = new Map<LimitName, number>();
    async function enforce(
      request: FastifyRequest,
      reply: FastifyReply,
      stage: KeySource['stage'],
    ) {
      for (const name of request.routeOptions.config?.limits ?? DEFAULT_LIMITS) {
        const { policy, counter } = counters.get(name)!;
        if (policy.key.stage !== stage || policy.key.of(request, hash) === undefined) continue;
        const result = await counter(request);
        if (result.isAllowed || !result.isExceeded) continue;
        // At most one line a minute per limit: refused floods must not fill the log.
        if (Date.now() - (lastLogged.get(name) ?? 0) > MINUTE) {
          lastLogged.set(name, Date.now());
          request.log.info({ limit: name }, 'rate limit reached (logged once a minute)');
        }
        reply.header('retry-after', result.ttlInSeconds);
        const message = (policy.message ?? busyMessage)(waitWords(result.ttlInSeconds));
        throw new TooManyRequests(message[requestLanguage(request)]);
      }
    }
    // Behind a reverse proxy without TRUST_PROXY every visitor counts as the proxy: say so once.
    let proxyHinted = config.env !== 'production' || config.trustProxy !== false;
    // After the access plugin's onRequest hook, so a signed-in request is known as such.
    // Callback hooks: a stage without a limit to count (every route's preHandler but the mail
    // routes', a probe's onRequest) passes without a promise and a microtask.
    app.addHook('onRequest', (request, reply, done) => {
      if (!proxyHinted && request.headers['x-forwarded-for']) {
        proxyHinted = true;
        request.log.warn(
          'requests carry X-Forwarded-For but TRUST_PROXY is unset: rate limits count every ' +
            "client as the proxy's address; set TRUST_PROXY to the proxy's address",
        );
      }
      if (!counts(request, 'request')) return done();
      enforce(request, reply, 'request').then(() => done(), done);
    });
    app.addHook('preHandler', (request, reply, done) => {
      if (!counts(request, 'body')) return done();
      enforce(request, reply, 'body').then(() => done(), done);
    });
  },
);

function allowance(name: LimitName, policy: Policy, settings: RateLimitSettings) {
  const scaled = (base: number) =>
    settings.max?.[name] ?? Math.max(1, Math.round(base * settings.scale));
  const { signedIn, anonymous } =
    typeof policy.max === 'number' ? { signedIn: policy.max, anonymous: policy.max } : policy.max;
  return { signedIn: scaled(signedIn), anonymous: scaled(anonymous) };
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The named rate limits of this route (plugins/rate-limits.ts); default `['requests']`. */
    limits?: readonly LimitName[];
  }
}
