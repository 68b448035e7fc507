import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import { CaseDetails, CaseIdParams, CaseInput, CaseSummary, errorResponses } from '@ods/shared';
import { CaseNotEditable, FieldErrors, NotFound } from '../../errors.ts';
import { IdempotencyHeaders } from '../../plugins/idempotency.ts';
import { typed, type FeatureOptions } from '../../lib/deps.ts';
import { canReadCase, requireOwnCase } from './case-access.ts';
import { caseInputProblems } from './case-validation.ts';
import {
  findCase,
  insertCase,
  listCasesOf,
  loadCaseDetails,
  updateDraft,
} from './cases.repository.ts';

/** Writing cases: my cases, one case, a new draft, editing a draft. */
export async function casesRoutes(app: FastifyInstance, { clock }: FeatureOptions) {
  const api = typed(app);
  const response = { 200: CaseDetails, ...errorResponses };

  async function details(caseId: string, userId: string): Promise<CaseDetails> {
    const found = await loadCaseDetails(app.db, caseId, userId);
    if (!found) throw new NotFound();
    return found;
  }

  async function validate(input: CaseInput, authorId: string, keepTopic?: string) {
    const author = await app.db
      .selectFrom('users')
      .select('organisation_id')
      .where('id', '=', authorId)
      .executeTakeFirst();
    const problems = await caseInputProblems(app.db, input, {
      organisationId: author?.organisation_id ?? null,
      ...(keepTopic === undefined ? {} : { keepTopic }),
    });
    if (Object.keys(problems).length > 0) throw new FieldErrors(problems);
  }

  api.get(
    '/api/cases',
    {
      config: { access: 'signed-in' },
      schema: { tags: ['cases'], response: { 200: Type.Array(CaseSummary), ...errorResponses } },
    },
    async (request) => listCasesOf(app.db, request.user!.id),
  );

  api.post(
    '/api/cases',
    {
      config: { access: 'signed-in', idempotent: true },
      schema: {
        tags: ['cases'],
        headers: IdempotencyHeaders,
        body: CaseInput,
        response: { 201: CaseDetails, ...errorResponses },
      },
    },
    async (request, reply) => {
      await validate(request.body, request.user!.id);
      const id = await insertCase(app.db, request.user!.id, request.body, clock.now());
      return reply.status(201).send(await details(id, request.user!.id));
    },
  );

  /** The owner's case, or one used in a session the reader takes part in; 404 for the rest. */
  api.get(
    '/api/cases/:id',
    {
      config: { access: 'signed-in' },
      schema: { tags: ['cases'], params: CaseIdParams, response },
    },
    async (request) => {
      const userId = request.user!.id;
      const row = await findCase(app.db, request.params.id);
      if (!row || !(await canReadCase(app.db, row, userId))) throw new NotFound();
      return details(row.id, userId);
    },
  );

  api.put(
    '/api/cases/:id',
    {
      config: { access: 'signed-in' },
      schema: { tags: ['cases'], params: CaseIdParams, body: CaseInput, response },
    },
    async (request) => {
      const userId = request.user!.id;
      await requireOwnCase(app.db, request.params.id, userId);
      const stored = await findCase(app.db, request.params.id);
      await validate(request.body, userId, stored?.topic_slug);
      const updated = await updateDraft(app.db, request.params.id, request.body, clock.now());
      if (!updated) throw new CaseNotEditable();
      return details(request.params.id, userId);
    },
  );
}
