import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import { buildFeed } from '../../core/calendar/ics.ts';
import { sessionEvent } from './calendar-entry.ts';
import type { SchedulingContext } from './scheduling-context.ts';
import { loadSnapshot } from './session-snapshot.repository.ts';

function feedMac(secret: string, userId: string, version: number): string {
  return createHmac('sha256', secret)
    .update(`ods-calendar-feed-v1\n${userId}\n${version}`)
    .digest('base64url');
}

async function feedVersion(db: Kysely<Database>, userId: string): Promise<number> {
  const row = await db
    .selectFrom('calendar_feeds')
    .select('version')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.version ?? 0;
}

/**
 * The secret file name of a user's feed: `<userId>.<mac>`. Nothing secret is stored; the MAC
 * covers a version number, so renewing it kills the old address at once.
 */
export async function feedSecret(
  db: Kysely<Database>,
  ctx: SchedulingContext,
  userId: string,
): Promise<string> {
  return `${userId}.${feedMac(ctx.secret, userId, await feedVersion(db, userId))}`;
}

/** A new feed address; the old one stops working at once. */
export async function renewFeedSecret(
  db: Kysely<Database>,
  ctx: SchedulingContext,
  userId: string,
  now: Date,
): Promise<string> {
  await db
    .insertInto('calendar_feeds')
    .values({ user_id: userId, version: 1, renewed_at: now.toISOString() })
    .onConflict((oc) =>
      oc.column('user_id').doUpdateSet((eb) => ({
        version: eb('calendar_feeds.version', '+', 1),
        renewed_at: now.toISOString(),
      })),
    )
    .execute();
  return feedSecret(db, ctx, userId);
}

/** The user a feed secret belongs to, if it is their current one. */
export async function feedOwner(
  db: Kysely<Database>,
  ctx: SchedulingContext,
  secret: string,
): Promise<string | undefined> {
  const [userId, mac, ...rest] = secret.split('.');
  if (!userId || !mac || rest.length > 0 || !/^[0-9a-f-]{36}$/.test(userId)) return undefined;
  const expected = Buffer.from(feedMac(ctx.secret, userId, await feedVersion(db, userId)));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  return userId;
}

/**
 * All of a user's sessions (not those they left) as METHOD:PUBLISH with the invitations' UIDs;
 * cancelled ones stay in with STATUS:CANCELLED so subscribed calendars drop them.
 */
export async function buildUserFeed(
  db: Kysely<Database>,
  ctx: SchedulingContext,
  userId: string,
  now: Date,
  onlySessionId?: string,
): Promise<string> {
  let query = db
    .selectFrom('session_participants')
    .innerJoin('sparring_sessions', 'sparring_sessions.id', 'session_participants.session_id')
    .select('sparring_sessions.id')
    .where('session_participants.user_id', '=', userId)
    .where('session_participants.removed_at', 'is', null)
    .where('sparring_sessions.state', '!=', 'proposed')
    .orderBy('sparring_sessions.starts_at');
  if (onlySessionId) query = query.where('sparring_sessions.id', '=', onlySessionId);
  const owner = await db
    .selectFrom('users')
    .select('language')
    .where('id', '=', userId)
    .executeTakeFirst();
  const events = [];
  for (const row of await query.execute()) {
    const session = await loadSnapshot(db, row.id);
    if (session) events.push(sessionEvent(ctx, session, owner?.language ?? 'nl'));
  }
  return buildFeed(events, { name: 'Over de schutting', stampAt: now.toISOString() });
}
