import type { FastifyInstance } from 'fastify';
import { errorResponses, SessionIdParams } from '@ods/shared';
import { ConsentRequest, SummaryGuardRejection, SummaryView } from '@ods/shared/api/summaries';
import { typed, type FeatureOptions } from '../../lib/deps.ts';
import { agreeToSummary, refuseSummary, sendGuardRejection } from './consent.ts';
import { requireSummarySession } from './summary-session.ts';
import { loadSummaryView } from './summary-view.ts';

/** Consent to publish: each participant agrees (choosing how they are shown) or withdraws. */
export async function consentRoutes(app: FastifyInstance, { clock }: FeatureOptions) {
  const api = typed(app);
  const schema = { tags: ['summaries'], params: SessionIdParams };
  const response = { 200: SummaryView, ...errorResponses };

  /**
   * Agrees to publish the version the person read. The server runs the personal-data guard
   * itself; when this was the last consent missing, the summary goes into the library.
   */
  api.post(
    '/api/sessions/:id/summary/consent',
    {
      config: { access: 'signed-in' },
      schema: {
        ...schema,
        body: ConsentRequest,
        response: { ...response, 422: SummaryGuardRejection },
      },
    },
    async (request, reply) => {
      const userId = request.user!.id;
      const session = await requireSummarySession(app.db, request.params.id, userId);
      const outcome = await agreeToSummary(app.db, session.id, userId, request.body, clock.now());
      if (!outcome.ok) return sendGuardRejection(request, reply, outcome.error, outcome.findings);
      return loadSummaryView(app.db, session, userId);
    },
  );

  /** Withdraws consent (keeping the choice of how to be shown): out of the library at once. */
  api.post(
    '/api/sessions/:id/summary/withdraw',
    { config: { access: 'signed-in' }, schema: { ...schema, response } },
    async (request) => {
      const userId = request.user!.id;
      const session = await requireSummarySession(app.db, request.params.id, userId);
      await refuseSummary(app.db, session.id, userId, clock.now());
      return loadSummaryView(app.db, session, userId);
    },
  );
}
