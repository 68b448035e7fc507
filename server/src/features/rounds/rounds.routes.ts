import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  CommitRoundQuery,
  errorResponses,
  ProposeRoundRequest,
  Round,
  RoundIdParams,
  RoundList,
  RoundPageQuery,
  RoundSessions,
} from '@ods/shared';
import { auditRound, recordAccess } from '../../domain/audit/audit-log.ts';
import { chooseNetwork, inScope, networkScope } from '../../domain/networks/network-scope.ts';
import { NotFound } from '../../errors.ts';
import { IdempotencyHeaders } from '../../plugins/idempotency.ts';
import { typed, type FeatureOptions } from '../../lib/deps.ts';
import { roundAdjustRoutes } from './round-adjust.routes.ts';
import { commitRound } from './round-commit.ts';
import { roundSessionStates } from './round-sessions.repository.ts';
import { findRound, listRounds, type RoundPageRequest } from './rounds.repository.ts';
import { ProposalQueue } from './proposal-queue.ts';
import { stopSpareWorker } from './propose-in-worker.ts';
import { proposalResult, queueProposal, roundProposalRoutes } from './round-proposals.routes.ts';
import { ERASED_PERSON } from './rounds.personal-data.ts';
import { roundPageOf, withDefaults } from './rounds.validation.ts';

/**
 * Match rounds for coordinators: propose (a dry run), inspect, commit once. A coordinator
 * sees only the rounds of the networks they run (another network's round is a 404); every
 * answer that shows people is written to their audit log (the people on the page answered).
 */
export async function roundsRoutes(app: FastifyInstance, { config, clock }: FeatureOptions) {
  const api = typed(app);
  const tags = ['rounds'];
  // One queue for both ways to propose: proposals run one at a time, in a worker thread.
  const queue = new ProposalQueue(
    () => clock.now(),
    (error) => app.log.error({ err: error }, 'round proposal failed'),
  );
  app.addHook('onClose', async () => {
    queue.close();
    await stopSpareWorker();
  });
  const { track } = await roundProposalRoutes(app, { config, clock }, queue);

  async function existing(
    request: FastifyRequest,
    id: string,
    page: RoundPageRequest = {},
  ): Promise<Round> {
    const round = await findRound(app.db, id, page);
    if (!round) throw new NotFound();
    if (!inScope(await networkScope(app.db, request.user!), round.networkId)) throw new NotFound();
    return round;
  }

  async function shown(request: FastifyRequest, round: Round, purpose: 'round-proposal') {
    // An erased person's place has no account, so no audit log to write to (and no person).
    await auditRound(app.db, request.user!, round, purpose, clock.now(), [ERASED_PERSON]);
    return round;
  }

  await roundAdjustRoutes(
    app,
    { config, clock },
    {
      queue,
      existing,
      shown: (request, round) => shown(request, round, 'round-proposal'),
      track,
    },
  );

  api.post(
    '/api/rounds',
    {
      config: { access: 'coordinator', idempotent: true },
      schema: {
        tags,
        headers: IdempotencyHeaders,
        body: ProposeRoundRequest,
        response: { 201: Round, ...errorResponses },
      },
    },
    async (request, reply) => {
      const networkId = await chooseNetwork(app.db, request.user!, request.body.networkId);
      const timer = app.metrics.matcherDuration.startTimer();
      const job = queueProposal(app.db, app.dbLocation, queue, config, withDefaults(request.body), {
        now: clock.now(),
        proposedBy: request.user!.id,
        network: { id: networkId, openToOtherNetworks: request.body.openToOtherNetworks ?? false },
      });
      const round = await proposalResult(app.db, queue, job).finally(timer);
      return reply.status(201).send(await shown(request, round, 'round-proposal'));
    },
  );

  api.get(
    '/api/rounds',
    {
      config: { access: 'coordinator' },
      schema: { tags, response: { 200: RoundList, ...errorResponses } },
    },
    async (request) => ({
      rounds: await listRounds(app.db, await networkScope(app.db, request.user!)),
    }),
  );

  api.get(
    '/api/rounds/:id',
    {
      config: { access: 'coordinator' },
      schema: {
        tags,
        params: RoundIdParams,
        querystring: RoundPageQuery,
        response: { 200: Round, ...errorResponses },
      },
    },
    async (request) => {
      const page = roundPageOf(request.query);
      return shown(request, await existing(request, request.params.id, page), 'round-proposal');
    },
  );

  api.get(
    '/api/rounds/:id/sessions',
    {
      config: { access: 'coordinator' },
      schema: { tags, params: RoundIdParams, response: { 200: RoundSessions, ...errorResponses } },
    },
    async (request) => {
      // Every group, not a page of them: each session is placed by its group's number.
      const round = await existing(request, request.params.id, {
        groupLimit: Number.MAX_SAFE_INTEGER,
        leftOutLimit: 0,
      });
      const sessions = await roundSessionStates(app.db, round);
      // Each person whose answer is shown gets an entry in their audit log.
      await recordAccess(
        app.db,
        request.user!,
        sessions.flatMap((s) => s.people.map((p) => p.userId)),
        'round-sessions',
        { networkId: round.networkId, resourceId: round.id },
        clock.now(),
      );
      return { sessions };
    },
  );

  api.post(
    '/api/rounds/:id/commit',
    {
      config: { access: 'coordinator' },
      schema: {
        tags,
        params: RoundIdParams,
        querystring: CommitRoundQuery,
        response: { 200: Round, ...errorResponses },
      },
    },
    async (request) => {
      await existing(request, request.params.id);
      const { version } = request.query;
      await commitRound(
        app.db,
        request.params.id,
        clock.now(),
        {},
        version === undefined ? undefined : Number(version),
      );
      return shown(request, await existing(request, request.params.id), 'round-proposal');
    },
  );
}
