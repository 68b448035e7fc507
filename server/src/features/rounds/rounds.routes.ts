import type { FastifyInstance } from 'fastify';
import { errorResponses, ProposeRoundRequest, Round, RoundIdParams, RoundList } from '@ods/shared';
import { NotFound } from '../../errors.ts';
import { IdempotencyHeaders } from '../../plugins/idempotency.ts';
import { typed, type FeatureOptions } from '../../lib/deps.ts';
import { commitRound } from './round-commit.ts';
import { findRound, listRounds } from './rounds.repository.ts';
import { ProposalQueue } from './proposal-queue.ts';
import { proposalResult, queueProposal, roundProposalRoutes } from './round-proposals.routes.ts';
import { withDefaults } from './rounds.validation.ts';

/** Match rounds for coordinators: propose (a dry run), inspect, commit once. */
export async function roundsRoutes(app: FastifyInstance, { config, clock }: FeatureOptions) {
  const api = typed(app);
  const tags = ['rounds'];
  // One queue for both ways to propose: proposals run one at a time, in a worker thread.
  const queue = new ProposalQueue(
    () => clock.now(),
    (error) => app.log.error({ err: error }, 'round proposal failed'),
  );
  app.addHook('onClose', async () => queue.close());
  await roundProposalRoutes(app, { config, clock }, queue);

  async function existing(id: string): Promise<Round> {
    const round = await findRound(app.db, id);
    if (!round) throw new NotFound();
    return round;
  }

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
      const job = queueProposal(app.db, queue, config, withDefaults(request.body), {
        now: clock.now(),
        proposedBy: request.user!.id,
      });
      return reply.status(201).send(await proposalResult(queue, job));
    },
  );

  api.get(
    '/api/rounds',
    {
      config: { access: 'coordinator' },
      schema: { tags, response: { 200: RoundList, ...errorResponses } },
    },
    async () => ({ rounds: await listRounds(app.db) }),
  );

  api.get(
    '/api/rounds/:id',
    {
      config: { access: 'coordinator' },
      schema: { tags, params: RoundIdParams, response: { 200: Round, ...errorResponses } },
    },
    async (request) => existing(request.params.id),
  );

  api.post(
    '/api/rounds/:id/commit',
    {
      config: { access: 'coordinator' },
      schema: { tags, params: RoundIdParams, response: { 200: Round, ...errorResponses } },
    },
    async (request) => {
      await commitRound(app.db, request.params.id, clock.now());
      return existing(request.params.id);
    },
  );
}
