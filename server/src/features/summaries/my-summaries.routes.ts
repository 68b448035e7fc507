import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import { errorResponses } from '@ods/shared';
import { PastSessionSummary } from '@ods/shared/api/summaries';
import { draftSummary } from '../../core/summaries/draft-summary.ts';
import { typed } from '../../lib/deps.ts';
import { pastSessionsOf } from './my-summaries.repository.ts';
import { readSessionNotes } from '../../domain/notes/notes-sections.ts';

/** "Mijn sessies", past part: per held session the summary's state and what waits for me. */
export async function mySummariesRoutes(app: FastifyInstance) {
  const api = typed(app);
  api.get(
    '/api/summaries/mine',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['summaries'],
        response: { 200: Type.Array(PastSessionSummary), ...errorResponses },
      },
    },
    async (request) => {
      const rows = await pastSessionsOf(app.db, request.user!.id);
      return Promise.all(
        rows.map(async (row) => {
          // Before the first save the take-aways are those the notes would give.
          if (row.saved || row.takeaways !== '') return row;
          const notes = await readSessionNotes(app.db, row.sessionId);
          return notes ? { ...row, takeaways: draftSummary(notes).takeaways } : row;
        }),
      );
    },
  );
}
