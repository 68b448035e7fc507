import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import { errorResponses } from '@ods/shared';
import {
  ConsentLinkParams,
  ConsentLinkRequest,
  OpenConsentRequest,
  SummaryGuardRejection,
  SummaryView,
} from '@ods/shared/api/summaries';
import { ConsentLinkExpired, ConsentLinkInvalid, NotFound } from '../../errors.ts';
import { typed, type FeatureOptions } from '../../lib/deps.ts';
import { agreeToSummary, refuseSummary, sendGuardRejection } from './consent.ts';
import { openConsentRequests } from './consent-requests.repository.ts';
import { verifyConsentToken } from './consent-tokens.ts';
import { requireSummarySession, type SummarySession } from './summary-session.ts';
import { loadSummaryView } from './summary-view.ts';

const linkLimit = { max: 30, timeWindow: '1 minute' };

/**
 * Consent from a mail, signed in or not: the link opens a page showing the summary (GET,
 * changes nothing, so mail scanners cannot agree for anyone), and a click there answers.
 */
export async function consentLinkRoutes(app: FastifyInstance, { config, clock }: FeatureOptions) {
  const api = typed(app);

  async function sessionOf(token: string): Promise<{ session: SummarySession; userId: string }> {
    const result = verifyConsentToken(config.sessionSecret, token, clock.now());
    if (!result.ok)
      throw result.reason === 'expired' ? new ConsentLinkExpired() : new ConsentLinkInvalid();
    try {
      const session = await requireSummarySession(
        app.db,
        result.claims.sessionId,
        result.claims.userId,
      );
      return { session, userId: result.claims.userId };
    } catch (error) {
      // Removed from the session (or the session is gone) since the mail: the link is no more.
      if (error instanceof NotFound) throw new ConsentLinkInvalid();
      throw error;
    }
  }

  api.get(
    '/api/consent-links/:token',
    {
      config: { access: 'signed-link', rateLimit: linkLimit },
      schema: {
        tags: ['summaries'],
        params: ConsentLinkParams,
        response: { 200: SummaryView, 410: errorResponses[400], ...errorResponses },
      },
    },
    async (request) => {
      const { session, userId } = await sessionOf(request.params.token);
      return loadSummaryView(app.db, session, userId);
    },
  );

  api.post(
    '/api/consent-links',
    {
      config: { access: 'signed-link', rateLimit: linkLimit },
      schema: {
        tags: ['summaries'],
        body: ConsentLinkRequest,
        response: {
          200: SummaryView,
          410: errorResponses[400],
          ...errorResponses,
          422: SummaryGuardRejection,
        },
      },
    },
    async (request, reply) => {
      const { session, userId } = await sessionOf(request.body.token);
      const now = clock.now();
      if (request.body.answer === 'refuse') {
        await refuseSummary(app.db, session.id, userId, now);
      } else {
        const outcome = await agreeToSummary(app.db, session.id, userId, request.body, now);
        if (!outcome.ok) return sendGuardRejection(request, reply, outcome.error, outcome.findings);
      }
      app.kickMail();
      return loadSummaryView(app.db, session, userId);
    },
  );

  /** The summaries waiting for my answer, for the notice on my sessions page. */
  api.get(
    '/api/me/consent-requests',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['summaries'],
        response: { 200: Type.Array(OpenConsentRequest), ...errorResponses },
      },
    },
    async (request) => openConsentRequests(app.db, request.user!.id),
  );
}
