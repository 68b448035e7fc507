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

const OutboxQuery = Type.Object({
  to: Type.Optional(Type.String({ maxLength: 254 })),
  kind: Type.Optional(Type.String({ maxLength: 50 })),
  page: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,5}$' })),
});

/** Mails per page, newest first. */
export const OUTBOX_PAGE_SIZE = 100;

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/**
 * Development only (never registered in production): every mail in the outbox, so a newcomer
 * signs in without a mail server. Links in mails become clickable. The filters (to, kind) are
 * part of the query, so a mail older than the newest hundred is still found; `page` goes back
 * further.
 */
export async function devOutboxRoutes(app: FastifyInstance) {
  const api = typed(app);
  const mails = (query: { to?: string; kind?: string; page?: string }) => {
    let select = app.db.selectFrom('outbox').selectAll();
    if (query.to) select = select.where('to_address', '=', query.to.trim().toLowerCase());
    if (query.kind) select = select.where('kind', '=', query.kind);
    const page = Number(query.page ?? '1');
    return select
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(OUTBOX_PAGE_SIZE + 1)
      .offset((page - 1) * OUTBOX_PAGE_SIZE)
      .execute();
  };

  api.get(
    '/api/dev/outbox',
    {
      config: { access: 'public' },
      schema: { hide: true, querystring: OutboxQuery, response: { 200: Type.Array(OutboxMail) } },
    },
    async (request) =>
      (await mails(request.query)).slice(0, OUTBOX_PAGE_SIZE).map((m) => ({
        id: m.id,
        kind: m.kind,
        to: m.to_address,
        subject: m.subject,
        text: m.text_body,
        state: m.state,
        createdAt: m.created_at,
      })),
  );

  app.get<{ Querystring: { to?: string; kind?: string; page?: string } }>(
    '/dev/outbox',
    { config: { access: 'public' }, schema: { hide: true, querystring: OutboxQuery } },
    async (request, reply) => {
      const found = await mails(request.query);
      const page = Number(request.query.page ?? '1');
      const link = (to: number) => {
        const params = new URLSearchParams({
          ...(request.query.to ? { to: request.query.to } : {}),
          ...(request.query.kind ? { kind: request.query.kind } : {}),
          page: String(to),
        });
        return `/dev/outbox?${params.toString()}`;
      };
      const items = found
        .slice(0, OUTBOX_PAGE_SIZE)
        .map((m) => {
          const body = escapeHtml(m.text_body).replace(
            /(https?:\/\/[^\s<]+)/g,
            '<a href="$1">$1</a>',
          );
          return `<article><h2>${escapeHtml(m.subject)}</h2><p>Aan: ${escapeHtml(m.to_address)} · ${escapeHtml(m.kind)} · ${escapeHtml(m.created_at)} · ${escapeHtml(m.state)}</p><pre>${body}</pre></article>`;
        })
        .join('\n');
      const pages = [
        page > 1 ? `<a href="${escapeHtml(link(page - 1))}">Nieuwere mail</a>` : '',
        found.length > OUTBOX_PAGE_SIZE
          ? `<a href="${escapeHtml(link(page + 1))}">Oudere mail</a>`
          : '',
      ]
        .filter(Boolean)
        .join(' · ');
      const filter = `<form method="get" action="/dev/outbox"><label>Aan <input name="to" type="email" value="${escapeHtml(request.query.to ?? '')}"></label> <label>Soort <input name="kind" value="${escapeHtml(request.query.kind ?? '')}"></label> <button type="submit">Filteren</button></form>`;
      return reply
        .type('text/html; charset=utf-8')
        .send(
          `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Outbox (ontwikkeling) · Over de schutting</title></head><body><main><h1>Outbox (alleen in ontwikkeling)</h1><p>Alle mail die de app zou versturen. De nieuwste staat bovenaan, ${OUTBOX_PAGE_SIZE} per pagina.</p>${filter}${items || '<p>Geen mail gevonden.</p>'}${pages ? `<nav aria-label="Pagina's">${pages}</nav>` : ''}</main></body></html>`,
        );
    },
  );
}
