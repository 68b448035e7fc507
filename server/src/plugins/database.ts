import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Kysely } from 'kysely';
import type { Database, DatabaseDialect, DatabaseHandle, DatabaseLocation } from '@ods/db';

/** Makes the one Kysely instance available as app.db and closes it with the app. */
export const databasePlugin = fp(
  async (app: FastifyInstance, { database }: { database: DatabaseHandle }) => {
    app.decorate('db', database.db);
    app.decorate('dbDialect', database.dialect);
    // Worker threads (round proposals) open their own connection to the same data.
    // (A getter: Fastify would take a plain object with a `getter` key for one.)
    app.decorate('dbLocation', { getter: () => database.location });
    app.addHook('onClose', async () => {
      await database.db.destroy();
    });
  },
);

declare module 'fastify' {
  interface FastifyInstance {
    db: Kysely<Database>;
    dbDialect: DatabaseDialect;
    dbLocation: DatabaseLocation;
  }
}
