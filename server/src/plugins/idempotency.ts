import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import Type from 'typebox';
import { IdempotencyInProgress, IdempotencyKeyInvalid, IdempotencyKeyReused } from '../errors.ts';
import type { Clock } from '../lib/time.ts';

/** For the OpenAPI document of a route that opts in (the plugin checks the value itself). */
export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({
      description:
        'A new random value per create action (e.g. a UUID). A repeat with the same value gets the first answer.',
    }),
  ),
});

/** How long a first answer is kept for a repeat. */
const KEEP_HOURS = 24;
/** A first request still unanswered after this long has died with its process. */
const ABANDONED_MS = 60_000;
const KEY_PATTERN = /^[A-Za-z0-9_.:-]{8,200}$/;
export const IDEMPOTENCY_HEADER = 'idempotency-key';

const fingerprintOf = (request: FastifyRequest) =>
  createHash('sha256')
    .update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`)
    .digest('hex');

/**
 * Idempotency-Key for signed-in create routes that opt in (`config: { idempotent: true }`):
 * the first request with a key runs and its 2xx answer is kept a day; a repeat with the same
 * key and the same request gets that answer again (header `idempotent-replayed: true`) instead
 * of creating a second thing. The same key for another request is refused (422); a repeat
 * while the first still runs gets 409. A failed first request keeps nothing, so it can be
 * retried. Without the header a route behaves as before.
 */
export const idempotencyPlugin = fp(async (app: FastifyInstance, { clock }: { clock: Clock }) => {
  // After access and validation: only a signed-in user's valid request claims a key.
  // Only the routes that opt in pay for an async hook; the others pass on the spot.
  app.addHook('preHandler', (request, reply, done) => {
    const header = request.headers[IDEMPOTENCY_HEADER];
    if (!request.routeOptions.config.idempotent || header === undefined || !request.user)
      return done();
    // A repeat answered from the kept first answer is sent here; the chain then must not go on.
    claim(request, reply, header).then((replayed) => {
      if (!replayed) done();
    }, done);
  });
  /** Claims the key for this request, or answers a repeat; true when it answered. */
  async function claim(
    request: FastifyRequest,
    reply: FastifyReply,
    header: string | string[],
  ): Promise<boolean> {
    if (!request.user) return false;
    if (typeof header !== 'string' || !KEY_PATTERN.test(header)) throw new IdempotencyKeyInvalid();
    const now = clock.now();
    const fingerprint = fingerprintOf(request);
    const userId = request.user.id;
    await app.db
      .deleteFrom('request_keys')
      .where('created_at', '<', new Date(now.getTime() - KEEP_HOURS * 3_600_000).toISOString())
      .execute();
    const claimed = await app.db
      .insertInto('request_keys')
      .values({
        user_id: userId,
        key: header,
        fingerprint,
        status_code: null,
        body: null,
        created_at: now.toISOString(),
      })
      .onConflict((oc) => oc.columns(['user_id', 'key']).doNothing())
      .executeTakeFirst();
    if (Number(claimed.numInsertedOrUpdatedRows ?? 0) === 1) {
      request.idempotencyKey = header;
      return false;
    }
    const first = await app.db
      .selectFrom('request_keys')
      .selectAll()
      .where('user_id', '=', userId)
      .where('key', '=', header)
      .executeTakeFirstOrThrow();
    if (first.fingerprint !== fingerprint) throw new IdempotencyKeyReused();
    if (first.status_code === null) {
      // A first request that never answered (the process stopped): this one takes over.
      const abandoned = Date.parse(first.created_at) < now.getTime() - ABANDONED_MS;
      if (!abandoned) throw new IdempotencyInProgress();
      const taken = await app.db
        .updateTable('request_keys')
        .set({ created_at: now.toISOString() })
        .where('user_id', '=', userId)
        .where('key', '=', header)
        .where('created_at', '=', first.created_at)
        .where('status_code', 'is', null)
        .executeTakeFirst();
      if (Number(taken.numUpdatedRows) !== 1) throw new IdempotencyInProgress();
      request.idempotencyKey = header;
      return false;
    }
    reply
      .status(first.status_code)
      .header('idempotent-replayed', 'true')
      .type('application/json; charset=utf-8')
      .send(first.body);
    return true;
  }

  app.addHook('onSend', (request, reply, payload, done) => {
    if (!request.idempotencyKey || !request.user) return done(null, payload);
    keep(request, reply, payload).then((kept) => done(null, kept), done);
  });
  async function keep(request: FastifyRequest, reply: FastifyReply, payload: unknown) {
    const key = request.idempotencyKey!;
    if (!request.user) return payload;
    const where = app.db
      .updateTable('request_keys')
      .where('user_id', '=', request.user.id)
      .where('key', '=', key);
    if (reply.statusCode >= 200 && reply.statusCode < 300 && typeof payload === 'string')
      await where.set({ status_code: reply.statusCode, body: payload }).execute();
    else
      await app.db
        .deleteFrom('request_keys')
        .where('user_id', '=', request.user.id)
        .where('key', '=', key)
        .execute();
    return payload;
  }

  app.personalData.register({
    name: 'requestKeys',
    // Only when a create request was sent; the answers themselves are the user's own things.
    export: async (db, userId) =>
      db
        .selectFrom('request_keys')
        .select(['key', 'created_at as createdAt'])
        .where('user_id', '=', userId)
        .execute(),
    erase: async (trx, userId) => {
      await trx.deleteFrom('request_keys').where('user_id', '=', userId).execute();
    },
  });
});

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Accepts an Idempotency-Key header: a repeat gets the first answer (create routes). */
    idempotent?: boolean;
  }
  interface FastifyRequest {
    idempotencyKey?: string;
  }
}
