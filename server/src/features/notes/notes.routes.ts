import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import { errorResponses, SessionIdParams } from '@ods/shared';
import { NotFound, NotParticipant } from '../../errors.ts';
import { typed } from '../../lib/deps.ts';
import { resolveNotesAccess } from './notes-access.ts';
import { guardExport } from './notes-export-guard.ts';
import { notesToMarkdown } from './notes-markdown.ts';
import { readStoredNotes, toYDoc } from '../../domain/notes/notes-store.ts';

/** The Markdown export of a session's notes, rendered on the server from the stored document. */
export async function notesRoutes(app: FastifyInstance) {
  const api = typed(app);

  api.get(
    '/api/sessions/:id/notes.md',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['notes'],
        params: SessionIdParams,
        response: {
          200: { content: { 'text/markdown': { schema: Type.String() } } },
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const access = await resolveNotesAccess(app.db, request.params.id, request.user!);
      if (access === 'sessionNotFound') throw new NotFound();
      if (typeof access === 'string') throw new NotParticipant();
      const session = await app.db
        .selectFrom('sparring_sessions')
        .innerJoin('topics', 'topics.slug', 'sparring_sessions.topic_slug')
        .select(['sparring_sessions.starts_at', 'topics.name_nl'])
        .where('sparring_sessions.id', '=', request.params.id)
        .executeTakeFirstOrThrow();
      const stored = await readStoredNotes(app.db, request.params.id);
      const day = session.starts_at.slice(0, 10);
      const title = `Notities ${session.name_nl}, ${day}`;
      let markdown = `# ${title}\n\nNog geen notities.\n`;
      if (stored) {
        const doc = toYDoc(stored);
        markdown = notesToMarkdown(doc, title);
        doc.destroy();
      }
      // The guard runs on everything that leaves the app: the counts go in headers for API clients.
      const guarded = guardExport(markdown);
      return reply
        .header('x-personal-data-replaced', String(guarded.replaced))
        .header('x-personal-data-warnings', String(guarded.warnings))
        .header('content-type', 'text/markdown; charset=utf-8')
        .header('content-disposition', `attachment; filename="notities-${day}.md"`)
        .header('cache-control', 'no-store')
        .send(guarded.text);
    },
  );
}
