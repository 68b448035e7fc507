import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import pino from 'pino';
import { createDatabase, type DatabaseHandle } from '@ods/db';
import { trustProxyOption, type AppConfig } from './config.ts';
import { systemClock, type Clock } from './lib/time.ts';
import { accessPlugin } from './plugins/auth/access.ts';
import { databasePlugin } from './plugins/database.ts';
import {
  clientErrorHandler,
  errorHandlerPlugin,
  frameworkErrors,
} from './plugins/error-handler.ts';
import { metricsPlugin } from './plugins/metrics.ts';
import { mailPlugin } from './plugins/mail/mail.plugin.ts';
import { openApiPlugin } from './plugins/openapi.ts';
import { liveKitPlugin } from './plugins/livekit.ts';
import { personalDataPlugin } from './plugins/personal-data.ts';
import { idempotencyPlugin } from './plugins/idempotency.ts';
import { rateLimitsPlugin } from './plugins/rate-limits.ts';
import { securityPlugin } from './plugins/security.ts';
import { compressionPlugin, webPlugin } from './plugins/web.ts';
import { firstAnswersOf } from './features/auth/first-answers.ts';
import { websocketPlugin } from './plugins/websocket.ts';
import { accountRoutes } from './features/account/account.routes.ts';
import { authRoutes } from './features/auth/auth.routes.ts';
import { caseLifecycleRoutes } from './features/cases/case-lifecycle.routes.ts';
import { casesPersonalData } from './features/cases/cases.personal-data.ts';
import { casesRoutes } from './features/cases/cases.routes.ts';
import { healthPlugin } from './features/health/health.plugin.ts';
import { guardScanRoutes } from './features/cases/guard-scan.routes.ts';
import { starterCasesRoutes } from './features/cases/starter-cases.routes.ts';
import { devOutboxRoutes } from './features/dev/outbox.routes.ts';
import { profilePersonalData } from './features/profile/profile.personal-data.ts';
import { profileRoutes } from './features/profile/profile.routes.ts';
import { reliabilityPersonalData } from './features/reliability/reliability.personal-data.ts';
import { reliabilityRoutes } from './features/reliability/reliability.routes.ts';
import { referenceRoutes } from './features/reference/reference.routes.ts';
import { roundsPersonalData } from './features/rounds/rounds.personal-data.ts';
import { auditPersonalData } from './domain/audit/audit.personal-data.ts';
import { roomPlugin } from './features/room/room.plugin.ts';
import { roundsRoutes } from './features/rounds/rounds.routes.ts';
import { consolePlugin } from './features/console/console.plugin.ts';
import { notesPlugin } from './features/notes/notes.plugin.ts';
import { sessionsRoutes } from './features/sessions/sessions.routes.ts';
import { schedulingPlugin } from './features/scheduling/scheduling.plugin.ts';
import { libraryPersonalData } from './features/library/library.personal-data.ts';
import { libraryRoutes } from './features/library/library.routes.ts';
import { consentLinkRoutes } from './features/summaries/consent-links.routes.ts';
import { consentRequestsJob } from './features/summaries/consent-requests.job.ts';
import { consentRoutes } from './features/summaries/consent.routes.ts';
import { mySummariesRoutes } from './features/summaries/my-summaries.routes.ts';
import { ratingRoutes } from './features/summaries/rating.routes.ts';
import { retentionJob } from './features/summaries/retention.job.ts';
import { summariesPersonalData } from './features/summaries/summaries.personal-data.ts';
import { summariesRoutes } from './features/summaries/summaries.routes.ts';

export interface AppDependencies {
  /** An open database; by default one is opened from the configuration. */
  database?: DatabaseHandle;
  clock?: Clock;
  /** Background workers (mail delivery, reminders); tests drive them by hand. */
  startWorkers?: boolean;
  logger?: FastifyServerOptions['logger'];
}

/** The request log names the route pattern, never the raw URL: links can carry tokens. */
export function loggerOptions(config: AppConfig): FastifyServerOptions['logger'] {
  return {
    level: config.logLevel,
    // Written asynchronously (flushed at exit): two lines a request, each a write system call
    // that blocks the event loop when stdout is a slow pipe or terminal.
    stream: pino.destination({ dest: 1, sync: false }),
    redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
    serializers: {
      req: (request: { method: string; routeOptions?: { url?: string } }) => ({
        method: request.method,
        route: request.routeOptions?.url ?? '(unmatched)',
      }),
      err: errorForLog,
    },
  };
}

// What of an error goes into the log. Not every field: PostgreSQL's `detail` names the values
// of a refused key ("Key (email)=(…) already exists"), `where` and `parameters` can hold data.
const ERROR_FIELDS = ['code', 'statusCode', 'table', 'constraint'];

function errorForLog(error: Error): { type: string; message: string; stack: string } {
  const full = pino.stdSerializers.err(error);
  const kept: Record<string, unknown> = {};
  for (const field of ERROR_FIELDS) if (full[field] !== undefined) kept[field] = full[field];
  return { ...kept, type: full.type, message: full.message, stack: full.stack };
}

/** Builds the whole application without listening, so tests can inject requests into it. */
export async function buildApp(
  config: AppConfig,
  deps: AppDependencies = {},
): Promise<FastifyInstance> {
  const clock = deps.clock ?? systemClock;
  const database =
    deps.database ?? createDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const app = Fastify({
    logger: deps.logger ?? loggerOptions(config),
    // One line per request (below) instead of Fastify's two: half the logging per request.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 256 * 1024,
    // Only the configured proxies may name the client's address (TRUST_PROXY, default none).
    trustProxy: trustProxyOption(config.trustProxy),
    // No type coercion: a string where a number belongs is refused, not silently converted.
    // Numbers in query strings are declared as digit strings in their schemas.
    ajv: { customOptions: { allErrors: true, removeAdditional: false, coerceTypes: false } },
    // Requests refused before any route runs still answer in the error shape.
    clientErrorHandler,
    frameworkErrors,
  });
  const options = { config, clock };
  app.addHook('onResponse', (request, reply, done) => {
    request.log.info(
      { req: request, res: reply, responseTime: reply.elapsedTime },
      'request completed',
    );
    done();
  });

  await app.register(errorHandlerPlugin);
  await app.register(databasePlugin, { database });
  await app.register(healthPlugin, { clock });
  await app.register(metricsPlugin, options);
  await app.register(securityPlugin, { config });
  await app.register(compressionPlugin);
  await app.register(accessPlugin, options);
  await app.register(rateLimitsPlugin, { config });
  await app.register(personalDataPlugin);
  await app.register(idempotencyPlugin, options);
  await app.register(mailPlugin, { ...options, startWorker: deps.startWorkers ?? true });
  await app.register(websocketPlugin);
  await app.register(openApiPlugin);
  await app.register(liveKitPlugin, { config });

  app.personalData.register(profilePersonalData);
  app.personalData.register(roundsPersonalData);
  app.personalData.register(auditPersonalData);
  await app.register(authRoutes, options);
  await app.register(referenceRoutes);
  await app.register(profileRoutes, options);
  await app.register(accountRoutes, options);
  await app.register(sessionsRoutes, options);
  await app.register(notesPlugin, options);
  await app.register(roomPlugin, { ...options, startWorkers: deps.startWorkers ?? true });
  await app.register(schedulingPlugin, { ...options, startWorkers: deps.startWorkers ?? true });
  await app.register(roundsRoutes, options);
  await app.register(consolePlugin, options);
  app.personalData.register(reliabilityPersonalData);
  await app.register(reliabilityRoutes, { ...options, startWorker: deps.startWorkers ?? true });
  app.personalData.register(casesPersonalData);
  await app.register(casesRoutes, options);
  await app.register(caseLifecycleRoutes, options);
  await app.register(starterCasesRoutes, options);
  await app.register(guardScanRoutes);
  app.personalData.register(summariesPersonalData);
  app.personalData.register(libraryPersonalData);
  await app.register(summariesRoutes, options);
  await app.register(consentRoutes, options);
  await app.register(consentLinkRoutes, options);
  await app.register(consentRequestsJob, { ...options, startWorker: deps.startWorkers ?? true });
  await app.register(ratingRoutes, options);
  await app.register(mySummariesRoutes);
  await app.register(libraryRoutes, options);
  await app.register(retentionJob, { ...options, startWorker: deps.startWorkers ?? true });
  if (config.env !== 'production') await app.register(devOutboxRoutes);

  await app.register(webPlugin, { webDist: config.webDist, firstAnswers: firstAnswersOf(app) });
  return app;
}
