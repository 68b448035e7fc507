import { mayRunSession } from '../../domain/networks/network-scope.ts';
import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import {
  errorResponses,
  ProposalParams,
  ProposalRequest,
  SessionIdParams,
  TimeOptions,
  VoteRequest,
} from '@ods/shared';
import { NotFound } from '../../errors.ts';
import { typed, type FeatureOptions } from '../../lib/deps.ts';
import { isParticipant } from '../../domain/sessions/sessions.repository.ts';
import { groupSlots, listProposals, proposeTime, vote } from './proposals.ts';
import type { SchedulingContext } from './scheduling-context.ts';
import { cancelSession } from './session-changes.ts';
import { loadSnapshot } from './session-snapshot.repository.ts';

const Created = Type.Object({ id: Type.String() });

export async function proposalRoutes(
  app: FastifyInstance,
  { clock, ctx }: FeatureOptions & { ctx: SchedulingContext },
) {
  const api = typed(app);

  /** Times the whole group can make, and the proposals so far. */
  api.get(
    '/api/sessions/:id/time-options',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['scheduling'],
        params: SessionIdParams,
        response: { 200: TimeOptions, ...errorResponses },
      },
    },
    async (request) => {
      const userId = request.user!.id;
      if (!(await isParticipant(app.db, request.params.id, userId))) throw new NotFound();
      const session = (await loadSnapshot(app.db, request.params.id))!;
      return {
        slots: await groupSlots(app.db, session, clock.now()),
        proposals: await listProposals(app.db, session.id, userId),
      };
    },
  );

  api.post(
    '/api/sessions/:id/proposals',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['scheduling'],
        params: SessionIdParams,
        body: ProposalRequest,
        response: { 201: Created, ...errorResponses },
      },
    },
    async (request, reply) => {
      const now = clock.now();
      const id = await app.db.transaction().execute((trx) =>
        proposeTime(
          trx,
          ctx,
          {
            sessionId: request.params.id,
            userId: request.user!.id,
            startsAt: request.body.startsAt,
          },
          now,
        ),
      );
      app.kickMail();
      return reply.status(201).send({ id });
    },
  );

  api.post(
    '/api/sessions/:id/proposals/:proposalId/vote',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['scheduling'],
        params: ProposalParams,
        body: VoteRequest,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const now = clock.now();
      await app.db.transaction().execute((trx) =>
        vote(
          trx,
          ctx,
          {
            sessionId: request.params.id,
            proposalId: request.params.proposalId,
            userId: request.user!.id,
            accept: request.body.accept,
          },
          now,
        ),
      );
      app.kickMail();
      return reply.status(204).send(null);
    },
  );

  /** A coordinator calls a session off; everyone gets METHOD:CANCEL. */
  api.post(
    '/api/sessions/:id/cancel',
    {
      config: { access: 'coordinator' },
      schema: {
        tags: ['scheduling'],
        params: SessionIdParams,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const now = clock.now();
      // Another network's session is as if it did not exist.
      if (!(await mayRunSession(app.db, request.user!, request.params.id))) throw new NotFound();
      await app.db.transaction().execute(async (trx) => {
        if (!(await loadSnapshot(trx, request.params.id))) throw new NotFound();
        await cancelSession(trx, ctx, request.params.id, 'by-coordinator', now);
      });
      app.kickMail();
      return reply.status(204).send(null);
    },
  );
}
