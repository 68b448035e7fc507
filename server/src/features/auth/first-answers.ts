import type { FastifyInstance } from 'fastify';
import { openConsentRequests } from '../summaries/consent-requests.repository.ts';
import type { FirstAnswersSource } from '../../plugins/web.ts';

/**
 * For a signed-in person's page: what GET /api/session and GET /api/me/consent-requests would
 * answer, worked out the same way, so the page's HTML carries them (plugins/web.ts) and the first
 * render does not wait for two round trips. A visitor gets the page as built (undefined here): it
 * holds nothing personal and stays cacheable.
 */
export function firstAnswersOf(app: FastifyInstance): FirstAnswersSource {
  return async (request, reply) => {
    const user = request.user;
    if (!user) return undefined;
    return {
      session: { user, csrfToken: reply.generateCsrf() },
      consentRequests: await openConsentRequests(app.db, user.id),
    };
  };
}
