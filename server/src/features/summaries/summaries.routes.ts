import type { FastifyInstance } from 'fastify';
import { errorResponses, SessionIdParams } from '@ods/shared';
import { SaveSummaryRequest, SummaryView } from '@ods/shared/api/summaries';
import { SummaryStale } from '../../errors.ts';
import { typed, type FeatureOptions } from '../../lib/deps.ts';
import { syncPublication } from './publication.ts';
import {
  contentOf,
  findSummary,
  insertSummary,
  resetConsents,
  updateSummary,
} from './summaries.repository.ts';
import { sameContent } from './summary-content.ts';
import { requireSummarySession } from './summary-session.ts';
import { loadSummaryView } from './summary-view.ts';

/** A session's summary: read and edited by its participants only. */
export async function summariesRoutes(app: FastifyInstance, { clock }: FeatureOptions) {
  const api = typed(app);
  const schema = { tags: ['summaries'], params: SessionIdParams };
  const response = { 200: SummaryView, ...errorResponses };

  api.get(
    '/api/sessions/:id/summary',
    { config: { access: 'signed-in' }, schema: { ...schema, response } },
    async (request) => {
      const userId = request.user!.id;
      const session = await requireSummarySession(app.db, request.params.id, userId);
      return loadSummaryView(app.db, session, userId);
    },
  );

  /**
   * Saves the texts over the version the editor started from (0: the first save), else 409.
   * People agreed to a text, so a change asks everyone again and takes a published summary
   * out of the library until they have.
   */
  api.put(
    '/api/sessions/:id/summary',
    { config: { access: 'signed-in' }, schema: { ...schema, body: SaveSummaryRequest, response } },
    async (request) => {
      const userId = request.user!.id;
      const session = await requireSummarySession(app.db, request.params.id, userId);
      const { version, content } = request.body;
      const stored = await findSummary(app.db, session.id);
      // Saving what is already there asks nobody again, also when it is a repeat of the save
      // that stored it (a retry, a double click: its version is one behind by then).
      const unchanged = stored !== undefined && sameContent(contentOf(stored), content);
      if (unchanged) return loadSummaryView(app.db, session, userId);
      const now = clock.now();
      await app.db.transaction().execute(async (trx) => {
        // The draft the app stored from the notes (when it asked for consent) was written by
        // nobody: an editor who opened the page before that still saves over it.
        const over = version === 0 && stored?.updated_by === null ? stored.version : version;
        const saved =
          over === 0
            ? await insertSummary(trx, session.id, content, userId, now)
            : await updateSummary(trx, session.id, over, content, userId, now);
        if (!saved) throw new SummaryStale();
        await resetConsents(trx, session.id);
        await syncPublication(trx, session.id, now);
      });
      return loadSummaryView(app.db, session, userId);
    },
  );
}
