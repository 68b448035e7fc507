import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  AdjustmentPreview,
  AdjustRoundRequest,
  errorResponses,
  LockRoundGroupRequest,
  RerunRoundRequest,
  Round,
  RoundIdParams,
  RoundProposal,
} from '@ods/shared';
import { typed, type FeatureOptions } from '../../lib/deps.ts';
import { IdempotencyHeaders } from '../../plugins/idempotency.ts';
import type { ProposalQueue } from './proposal-queue.ts';
import { rerunJobInWorker } from './propose-in-worker.ts';
import { applyAdjustment, previewAdjustment } from './round-adjust.service.ts';

export interface AdjustDeps {
  queue: ProposalQueue;
  /** The round when it exists and is in the user's networks (else 404). */
  existing: (request: FastifyRequest, id: string) => Promise<Round>;
  /** Answers with the round, written to the audit log as shown. */
  shown: (request: FastifyRequest, round: Round) => Promise<Round>;
  /** Makes a background job visible to the coordinators of the round's network. */
  track: (jobId: string, networkId: string | null) => void;
}

/**
 * Adjusting a proposal by hand before it is committed: preview a move or swap (no write: the
 * hard rules and the score change), make it, lock or unlock a group, and search again around
 * the locked groups (a background job like a proposal). Every write names the version it was
 * made on; an adjustment by someone else since then is a 409.
 */
export async function roundAdjustRoutes(
  app: FastifyInstance,
  { config }: FeatureOptions,
  deps: AdjustDeps,
) {
  const api = typed(app);
  const tags = ['rounds'];
  const reread = async (request: FastifyRequest, id: string) =>
    deps.shown(request, await deps.existing(request, id));

  api.post(
    '/api/rounds/:id/adjustments/preview',
    {
      config: { access: 'coordinator' },
      schema: {
        tags,
        params: RoundIdParams,
        body: AdjustRoundRequest,
        response: { 200: AdjustmentPreview, ...errorResponses },
      },
    },
    async (request) => {
      await deps.existing(request, request.params.id);
      const { version, adjustment } = request.body;
      return previewAdjustment(app.db, request.params.id, version, adjustment);
    },
  );

  api.post(
    '/api/rounds/:id/adjustments',
    {
      config: { access: 'coordinator', idempotent: true },
      schema: {
        tags,
        headers: IdempotencyHeaders,
        params: RoundIdParams,
        body: AdjustRoundRequest,
        response: { 200: Round, ...errorResponses },
      },
    },
    async (request) => {
      await deps.existing(request, request.params.id);
      const { version, adjustment } = request.body;
      await applyAdjustment(app.db, request.params.id, version, adjustment);
      return reread(request, request.params.id);
    },
  );

  api.post(
    '/api/rounds/:id/locks',
    {
      config: { access: 'coordinator', idempotent: true },
      schema: {
        tags,
        headers: IdempotencyHeaders,
        params: RoundIdParams,
        body: LockRoundGroupRequest,
        response: { 200: Round, ...errorResponses },
      },
    },
    async (request) => {
      await deps.existing(request, request.params.id);
      const { version, group, locked } = request.body;
      await applyAdjustment(app.db, request.params.id, version, { kind: 'lock', group, locked });
      return reread(request, request.params.id);
    },
  );

  api.post(
    '/api/rounds/:id/rerun',
    {
      config: { access: 'coordinator', idempotent: true },
      schema: {
        tags,
        headers: IdempotencyHeaders,
        params: RoundIdParams,
        body: RerunRoundRequest,
        response: { 202: RoundProposal, ...errorResponses },
      },
    },
    async (request, reply) => {
      const round = await deps.existing(request, request.params.id);
      const job = deps.queue.submit(config.rounds.deadlineSeconds, async (run) => {
        await rerunJobInWorker(config.rounds, app.dbLocation, run, round.id, request.body.version);
        return { id: round.id };
      });
      deps.track(job.id, round.networkId);
      return reply.status(202).send(job);
    },
  );
}
