import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import type { Role } from '@ods/shared';
import { hashToken, newToken } from '../../lib/tokens.ts';
import { addDays } from '../../lib/time.ts';

export const SESSION_DAYS = 30;
/** last_seen_at is refreshed at most this often, so reads do not turn into writes. */
const TOUCH_AFTER_MS = 60 * 60 * 1000;

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  language: 'nl' | 'en';
  profileComplete: boolean;
}

/** Starts a server-side session; the returned secret goes into the cookie, only its hash is kept. */
export async function createSession(
  db: Kysely<Database>,
  userId: string,
  now: Date,
): Promise<string> {
  const secret = newToken();
  await db
    .insertInto('auth_sessions')
    .values({
      id_hash: hashToken(secret),
      user_id: userId,
      created_at: now.toISOString(),
      expires_at: addDays(now, SESSION_DAYS).toISOString(),
      last_seen_at: now.toISOString(),
    })
    .execute();
  return secret;
}

/** The user behind a session cookie, or undefined when the session is unknown or expired. */
export async function findSessionUser(
  db: Kysely<Database>,
  secret: string,
  now: Date,
): Promise<SessionUser | undefined> {
  const row = await db
    .selectFrom('auth_sessions')
    .innerJoin('users', 'users.id', 'auth_sessions.user_id')
    .select([
      'auth_sessions.id_hash',
      'auth_sessions.expires_at',
      'auth_sessions.last_seen_at',
      'users.id',
      'users.email',
      'users.name',
      'users.role',
      'users.language',
      'users.profile_completed_at',
    ])
    .where('auth_sessions.id_hash', '=', hashToken(secret))
    .executeTakeFirst();
  if (!row || row.expires_at <= now.toISOString()) return undefined;
  if (now.getTime() - Date.parse(row.last_seen_at) > TOUCH_AFTER_MS) {
    await db
      .updateTable('auth_sessions')
      .set({ last_seen_at: now.toISOString() })
      .where('id_hash', '=', row.id_hash)
      .execute();
  }
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    language: row.language,
    profileComplete: row.profile_completed_at !== null,
  };
}

export async function deleteSession(db: Kysely<Database>, secret: string): Promise<void> {
  await db.deleteFrom('auth_sessions').where('id_hash', '=', hashToken(secret)).execute();
}
