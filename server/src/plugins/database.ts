import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Kysely } from 'kysely';
import type { Database, DatabaseDialect, DatabaseHandle } from '@ods/db';

/** Makes the one Kysely instance available as app.db and closes it with the app. */
export const databasePlugin = fp(
  async (app: FastifyInstance, { database }: { database: DatabaseHandle }) => {
    app.decorate('db', database.db);
    app.decorate('dbDialect', database.dialect);
    app.addHook('onClose', async () => {
      await database.db.destroy();
    });
  },
);

declare module 'fastify' {
  interface FastifyInstance {
    db: Kysely<Database>;
    dbDialect: DatabaseDialect;
  }
}
