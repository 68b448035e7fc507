import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database, DatabaseLocation } from '@ods/db';
import {
  errorResponses,
  ProposeRoundRequest,
  RoundProposal,
  RoundProposalIdParams,
  type Round,
} from '@ods/shared';
import type { AppConfig } from '../../config.ts';
import { FieldErrors, NotFound } from '../../errors.ts';
import { chooseNetwork, inScope, networkScope } from '../../domain/networks/network-scope.ts';
import { typed, type FeatureOptions } from '../../lib/deps.ts';
import { IdempotencyHeaders } from '../../plugins/idempotency.ts';
import { proposalInWorker } from './propose-in-worker.ts';
import type { PoolNetwork } from './pool-members.ts';
import type { ProposalQueue } from './proposal-queue.ts';
import { findRound } from './rounds.repository.ts';
import { proposeRound } from './rounds.service.ts';
import { roundRequestProblems, withDefaults, type RoundRequest } from './rounds.validation.ts';

/**
 * Queues a proposal that runs in a worker thread within the configured deadline (pool read,
 * model build and search together); the returned job tells its place, phase and progress.
 */
export function queueProposal(
  db: Kysely<Database>,
  location: DatabaseLocation,
  queue: ProposalQueue,
  config: AppConfig,
  request: RoundRequest,
  options: { now: Date; proposedBy: string; network: PoolNetwork },
): RoundProposal {
  return queue.submit(config.rounds.deadlineSeconds, async (run) => ({
    id: await proposeRound(db, request, {
      ...options,
      ...proposalInWorker(config.rounds, location, run),
    }),
  }));
}

/**
 * Round proposals in the background, for the web app: start one (202, queued behind any
 * running one), poll it for its phase and best objective so far, cancel it.
 */
export async function roundProposalRoutes(
  app: FastifyInstance,
  { config, clock }: FeatureOptions,
  queue: ProposalQueue,
): Promise<{ track: (jobId: string, networkId: string | null) => void }> {
  const api = typed(app);
  const tags = ['rounds'];
  // Which network each job plans for: only that network's coordinators (and admins) see it.
  const networkOf = new Map<string, string>();
  const found = async (request: FastifyRequest, job: RoundProposal | undefined) => {
    const networkId = job && networkOf.get(job.id);
    if (!job || !networkId) throw new NotFound();
    if (!inScope(await networkScope(app.db, request.user!), networkId)) throw new NotFound();
    return job;
  };

  api.post(
    '/api/rounds/proposals',
    {
      config: { access: 'coordinator', idempotent: true },
      schema: {
        tags,
        headers: IdempotencyHeaders,
        body: ProposeRoundRequest,
        response: { 202: RoundProposal, ...errorResponses },
      },
    },
    async (request, reply) => {
      const body = withDefaults(request.body);
      const now = clock.now();
      // What can be judged without the pool is refused at once, not after waiting in the queue.
      const problems = roundRequestProblems(body, now);
      if (Object.keys(problems).length > 0) throw new FieldErrors(problems);
      const networkId = await chooseNetwork(app.db, request.user!, request.body.networkId);
      const job = queueProposal(app.db, app.dbLocation, queue, config, body, {
        now,
        proposedBy: request.user!.id,
        network: { id: networkId, openToOtherNetworks: request.body.openToOtherNetworks ?? false },
      });
      networkOf.set(job.id, networkId);
      return reply.status(202).send(job);
    },
  );

  api.get(
    '/api/rounds/proposals/:id',
    {
      config: { access: 'coordinator' },
      schema: {
        tags,
        params: RoundProposalIdParams,
        response: { 200: RoundProposal, ...errorResponses },
      },
    },
    async (request) => found(request, queue.read(request.params.id)),
  );

  api.post(
    '/api/rounds/proposals/:id/cancel',
    {
      config: { access: 'coordinator' },
      schema: {
        tags,
        params: RoundProposalIdParams,
        response: { 200: RoundProposal, ...errorResponses },
      },
    },
    async (request) => {
      await found(request, queue.read(request.params.id));
      return queue.cancel(request.params.id)!;
    },
  );
  // Other background jobs on rounds (a new search around locked groups) are polled here too.
  return {
    track: (jobId, networkId) => {
      if (networkId) networkOf.set(jobId, networkId);
    },
  };
}

/** Waits for a queued proposal's round and reads it (for the answer of POST /api/rounds). */
export async function proposalResult(
  db: Kysely<Database>,
  queue: ProposalQueue,
  job: RoundProposal,
): Promise<Round> {
  const { id } = await queue.result(job.id);
  const round = await findRound(db, id);
  if (!round) throw new Error(`Round ${id} was not stored`);
  return round;
}
