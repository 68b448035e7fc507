import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import { AuditList, errorResponses } from '@ods/shared';
import { auditEntriesFor } from '../../domain/audit/audit-log.ts';
import { NotFound } from '../../errors.ts';
import { typed, type FeatureOptions } from '../../lib/deps.ts';
import { SESSION_COOKIE } from '../../plugins/auth/access.ts';

/** The rights of access and erasure (AVG art. 15 and 17): download everything, delete everything. */
export async function accountRoutes(app: FastifyInstance, { clock }: FeatureOptions) {
  const api = typed(app);

  api.get(
    '/api/account/export',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['account'],
        response: { 200: Type.Record(Type.String(), Type.Unknown()), ...errorResponses },
      },
    },
    async (request, reply) => {
      const userId = request.user!.id;
      const account = await app.db
        .selectFrom('users')
        .select(['id', 'email', 'role', 'created_at', 'updated_at'])
        .where('id', '=', userId)
        .executeTakeFirst();
      if (!account) throw new NotFound();
      const data: Record<string, unknown> = { exportedAt: clock.now().toISOString(), account };
      for (const part of app.personalData.parts())
        data[part.name] = await part.export(app.db, userId);
      void reply.header(
        'content-disposition',
        'attachment; filename="over-de-schutting-mijn-gegevens.json"',
      );
      return data;
    },
  );

  /** "Wie heeft mijn gegevens bekeken": every look a coordinator or admin took, one's own only. */
  api.get(
    '/api/account/audit',
    {
      config: { access: 'signed-in' },
      schema: { tags: ['account'], response: { 200: AuditList, ...errorResponses } },
    },
    async (request) => auditEntriesFor(app.db, request.user!.id),
  );

  api.delete(
    '/api/account',
    {
      config: { access: 'signed-in' },
      schema: { tags: ['account'], response: { 204: Type.Null(), ...errorResponses } },
    },
    async (request, reply) => {
      const userId = request.user!.id;
      await app.db.transaction().execute(async (trx) => {
        const user = await trx
          .selectFrom('users')
          .select('email')
          .where('id', '=', userId)
          .executeTakeFirstOrThrow();
        for (const part of app.personalData.parts()) await part.erase(trx, userId);
        // Mail not yet delivered to this person goes too: it carries their address.
        await trx
          .deleteFrom('outbox')
          .where('to_address', '=', user.email)
          .where('state', '!=', 'sent')
          .execute();
        await trx.deleteFrom('mail_tokens').where('email', '=', user.email).execute();
        await trx.deleteFrom('users').where('id', '=', userId).execute();
      });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );
}
