import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errorResponses, SessionIdParams } from '@ods/shared';
import {
  ConsentRequest,
  SummaryGuardRejection,
  SummaryView,
  type SummaryFinding,
} from '@ods/shared/api/summaries';
import { guardSummary } from '@ods/shared/api/summary-guard';
import {
  catalogueMessage,
  SummaryHasPersonalData,
  SummaryIncomplete,
  SummaryNamesParticipant,
  SummaryNotSaved,
  SummaryStale,
  SummaryUnconfirmedWarnings,
} from '../../errors.ts';
import { typed, type FeatureOptions } from '../../lib/deps.ts';
import { requestLanguage } from '../../lib/language.ts';
import { knownPeopleFindings, peopleToKeepOut } from './known-people.ts';
import { syncPublication } from './publication.ts';
import { confirmedWarningsOf, contentOf, findSummary } from './summaries.repository.ts';
import { isPublishable } from './summary-content.ts';
import { saveConsent } from './summary-people.repository.ts';
import { requireSummarySession } from './summary-session.ts';
import { loadSummaryView } from './summary-view.ts';

/** 422 with the findings in the way, so the page can point at each of them. */
function rejectWith(
  request: FastifyRequest,
  reply: FastifyReply,
  error: { code: string; statusCode: number },
  findings: SummaryFinding[],
) {
  const message = catalogueMessage(error.code)![requestLanguage(request)];
  const body: SummaryGuardRejection = { code: error.code, message, findings };
  return reply.status(error.statusCode).send(body);
}

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
      const stored = await findSummary(app.db, session.id);
      if (!stored) throw new SummaryNotSaved();
      if (stored.version !== request.body.version) throw new SummaryStale();
      const content = contentOf(stored);
      if (!isPublishable(content)) throw new SummaryIncomplete();
      const guard = guardSummary(content, [
        ...confirmedWarningsOf(stored),
        ...request.body.confirmedWarnings,
      ]);
      // The names the system knows: a participant who is not shown by name is not in the text either.
      const { attribution } = request.body;
      const people = await peopleToKeepOut(app.db, session.id, { userId, attribution });
      const known = knownPeopleFindings(content, people);
      if (known.length > 0)
        return rejectWith(request, reply, new SummaryNamesParticipant(), [
          ...known,
          ...guard.blocking,
        ]);
      if (guard.blocking.length > 0)
        return rejectWith(request, reply, new SummaryHasPersonalData(), [
          ...guard.blocking,
          ...guard.unconfirmed,
        ]);
      if (guard.unconfirmed.length > 0)
        return rejectWith(request, reply, new SummaryUnconfirmedWarnings(), guard.unconfirmed);
      const now = clock.now();
      await app.db.transaction().execute(async (trx) => {
        // Conditional on the version read: an edit that commits first makes this one stale
        // (on PostgreSQL the row lock makes the two wait for each other).
        const locked = await trx
          .updateTable('summaries')
          .set({ confirmed_warnings: JSON.stringify(guard.confirmed) })
          .where('session_id', '=', session.id)
          .where('version', '=', stored.version)
          .executeTakeFirst();
        if (Number(locked.numUpdatedRows) !== 1) throw new SummaryStale();
        await saveConsent(trx, session.id, userId, { attribution, agreed: true }, now);
        await syncPublication(trx, session.id, now);
      });
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
      const now = clock.now();
      await app.db.transaction().execute(async (trx) => {
        const mine = await trx
          .selectFrom('summary_consents')
          .select('attribution')
          .where('session_id', '=', session.id)
          .where('user_id', '=', userId)
          .executeTakeFirst();
        if (!mine) return;
        await saveConsent(trx, session.id, userId, { ...mine, agreed: false }, now);
        await syncPublication(trx, session.id, now);
      });
      return loadSummaryView(app.db, session, userId);
    },
  );
}
