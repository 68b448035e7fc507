import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  CaseDetails,
  CaseGuardRejection,
  CaseIdParams,
  errorResponses,
  MarkReadyRequest,
  type CaseFinding,
} from '@ods/shared';
import { transitionCase } from '../../domain/cases/case-transition.ts';
import {
  CaseHasPersonalData,
  CaseStateConflict,
  CaseUnconfirmedWarnings,
  catalogueMessage,
  FieldErrors,
  NotFound,
} from '../../errors.ts';
import { typed, type FeatureOptions } from '../../lib/deps.ts';
import { requestLanguage } from '../../lib/language.ts';
import { requireOwnCase } from './case-access.ts';
import { guardCase } from './case-guard.ts';
import { readinessProblems } from './case-validation.ts';
import { loadCaseDetails } from './cases.repository.ts';

/** 422 with the findings in the way, so the editor can point at each of them. */
function rejectWith(
  request: FastifyRequest,
  reply: FastifyReply,
  error: { code: string; statusCode: number },
  findings: CaseFinding[],
) {
  const message = catalogueMessage(error.code)![requestLanguage(request)];
  const body: CaseGuardRejection = { code: error.code, message, findings };
  return reply.status(error.statusCode).send(body);
}

/** The owner moves a case along its life cycle: ready (after the guard), back to draft, archived. */
export async function caseLifecycleRoutes(app: FastifyInstance, { clock }: FeatureOptions) {
  const api = typed(app);
  const schema = { tags: ['cases'], params: CaseIdParams };
  const response = { 200: CaseDetails, ...errorResponses };

  async function details(caseId: string, userId: string): Promise<CaseDetails> {
    const found = await loadCaseDetails(app.db, caseId, userId);
    if (!found) throw new NotFound();
    return found;
  }

  /** The server runs the guard itself: a client that skipped it cannot share a BSN. */
  api.post(
    '/api/cases/:id/ready',
    {
      config: { access: 'signed-in' },
      schema: {
        ...schema,
        body: MarkReadyRequest,
        response: { ...response, 422: CaseGuardRejection },
      },
    },
    async (request, reply) => {
      const userId = request.user!.id;
      const row = await requireOwnCase(app.db, request.params.id, userId);
      if (row.state === 'ready') return details(row.id, userId);
      if (row.state !== 'draft') throw new CaseStateConflict();
      const problems = readinessProblems(row);
      if (Object.keys(problems).length > 0) throw new FieldErrors(problems);
      const guard = guardCase(row, request.body.confirmedWarnings);
      if (guard.blocking.length > 0)
        return rejectWith(request, reply, new CaseHasPersonalData(), [
          ...guard.blocking,
          ...guard.unconfirmed,
        ]);
      if (guard.unconfirmed.length > 0)
        return rejectWith(request, reply, new CaseUnconfirmedWarnings(), guard.unconfirmed);
      const now = clock.now();
      await transitionCase(app.db, row.id, 'ready', now, {
        unchangedSince: row.updated_at,
        set: { ready_at: now.toISOString(), confirmed_warnings: JSON.stringify(guard.confirmed) },
      });
      return details(row.id, userId);
    },
  );

  api.post(
    '/api/cases/:id/withdraw',
    { config: { access: 'signed-in' }, schema: { ...schema, response } },
    async (request) => {
      const userId = request.user!.id;
      const row = await requireOwnCase(app.db, request.params.id, userId);
      await transitionCase(app.db, row.id, 'draft', clock.now(), { set: { ready_at: null } });
      return details(row.id, userId);
    },
  );

  api.post(
    '/api/cases/:id/archive',
    { config: { access: 'signed-in' }, schema: { ...schema, response } },
    async (request) => {
      const userId = request.user!.id;
      const row = await requireOwnCase(app.db, request.params.id, userId);
      await transitionCase(app.db, row.id, 'archived', clock.now());
      return details(row.id, userId);
    },
  );
}
