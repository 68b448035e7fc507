import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import { loadStarterCases } from '@ods/db/starter-cases';
import { CaseDetails, errorResponses, StarterCaseSummary, StarterSlugParams } from '@ods/shared';
import { NotFound } from '../../errors.ts';
import { IdempotencyHeaders } from '../../plugins/idempotency.ts';
import { typed, type FeatureOptions } from '../../lib/deps.ts';
import { insertCase, loadCaseDetails } from './cases.repository.ts';

/** The starter library: fictional example cases anyone signed in can read and copy to adapt. */
export async function starterCasesRoutes(app: FastifyInstance, { clock }: FeatureOptions) {
  const api = typed(app);
  // Read once: the library ships with a release and does not change while the app runs.
  const starters = loadStarterCases();

  async function library(): Promise<StarterCaseSummary[]> {
    const topics = await app.db.selectFrom('topics').selectAll().execute();
    const bySlug = new Map(topics.map((t) => [t.slug, t]));
    return starters.flatMap((s) => {
      const topic = bySlug.get(s.topic);
      if (!topic) return [];
      return [
        {
          slug: s.slug,
          title: { nl: s.title, en: s.titleEn },
          topic: { slug: s.topic, name: { nl: topic.name_nl, en: topic.name_en } },
          theme: { nl: topic.theme_nl, en: topic.theme_en },
          situation: s.situation,
          question: s.question,
          sizeClass: s.sizeClass ?? null,
        },
      ];
    });
  }

  api.get(
    '/api/cases/starters',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['cases'],
        response: { 200: Type.Array(StarterCaseSummary), ...errorResponses },
      },
    },
    async () => library(),
  );

  /** A copy of an example becomes a draft of the caller's own, to adapt before it is ready. */
  api.post(
    '/api/cases/starters/:slug/copy',
    {
      config: { access: 'signed-in', idempotent: true },
      schema: {
        tags: ['cases'],
        headers: IdempotencyHeaders,
        params: StarterSlugParams,
        response: { 201: CaseDetails, ...errorResponses },
      },
    },
    async (request, reply) => {
      const starter = starters.find((s) => s.slug === request.params.slug);
      if (!starter) throw new NotFound();
      const userId = request.user!.id;
      const id = await insertCase(
        app.db,
        userId,
        {
          title: starter.title,
          topic: starter.topic,
          situation: starter.situation,
          question: starter.question,
          sizeClass: starter.sizeClass ?? null,
        },
        clock.now(),
      );
      const copy = await loadCaseDetails(app.db, id, userId);
      if (!copy) throw new NotFound();
      return reply.status(201).send(copy);
    },
  );
}
