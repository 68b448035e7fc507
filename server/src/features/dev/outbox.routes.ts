import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import { typed } from '../../lib/deps.ts';

const OutboxMail = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  to: Type.String(),
  subject: Type.String(),
  text: Type.String(),
  state: Type.String(),
  createdAt: Type.String(),
});

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/**
 * Development only (never registered in production): every mail in the outbox, so a newcomer
 * signs in without a mail server. Links in mails become clickable.
 */
export async function devOutboxRoutes(app: FastifyInstance) {
  const api = typed(app);
  const latest = () =>
    app.db.selectFrom('outbox').selectAll().orderBy('created_at', 'desc').limit(100).execute();

  api.get(
    '/api/dev/outbox',
    {
      config: { access: 'public' },
      schema: {
        hide: true,
        querystring: Type.Object({ to: Type.Optional(Type.String()) }),
        response: { 200: Type.Array(OutboxMail) },
      },
    },
    async (request) =>
      (await latest())
        .filter((m) => !request.query.to || m.to_address === request.query.to.toLowerCase())
        .map((m) => ({
          id: m.id,
          kind: m.kind,
          to: m.to_address,
          subject: m.subject,
          text: m.text_body,
          state: m.state,
          createdAt: m.created_at,
        })),
  );

  app.get(
    '/dev/outbox',
    { config: { access: 'public' }, schema: { hide: true } },
    async (_request, reply) => {
      const mails = await latest();
      const items = mails
        .map((m) => {
          const body = escapeHtml(m.text_body).replace(
            /(https?:\/\/[^\s<]+)/g,
            '<a href="$1">$1</a>',
          );
          return `<article><h2>${escapeHtml(m.subject)}</h2><p>Aan: ${escapeHtml(m.to_address)} · ${escapeHtml(m.created_at)} · ${escapeHtml(m.state)}</p><pre>${body}</pre></article>`;
        })
        .join('\n');
      return reply
        .type('text/html; charset=utf-8')
        .send(
          `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Outbox (ontwikkeling) · Over de schutting</title></head><body><main><h1>Outbox (alleen in ontwikkeling)</h1><p>Alle mail die de app zou versturen. De nieuwste staat bovenaan.</p>${items || '<p>Nog geen mail.</p>'}</main></body></html>`,
        );
    },
  );
}
