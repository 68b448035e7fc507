import type { Kysely } from 'kysely';
import type { Database, MailTokensTable } from '@ods/db';
import { hashToken, newToken } from '../../lib/tokens.ts';
import { addMinutes } from '../../lib/time.ts';

export const MAIL_TOKEN_MINUTES = 15;

export interface NewMailToken {
  purpose: MailTokensTable['purpose'];
  email: string;
  userId: string | null;
  language: 'nl' | 'en';
  /** How long the link works; sign-in links 15 minutes. */
  validMinutes?: number;
}

/** Stores a single-use token for a mailed link (only its hash) and returns the token itself. */
export async function createMailToken(
  db: Kysely<Database>,
  token: NewMailToken,
  now: Date,
): Promise<string> {
  const secret = newToken();
  await db
    .insertInto('mail_tokens')
    .values({
      token_hash: hashToken(secret),
      purpose: token.purpose,
      email: token.email,
      user_id: token.userId,
      language: token.language,
      created_at: now.toISOString(),
      expires_at: addMinutes(now, token.validMinutes ?? MAIL_TOKEN_MINUTES).toISOString(),
      used_at: null,
    })
    .execute();
  return secret;
}

/** A repeat of the same request this soon after (a double click, a retry) mails nothing new. */
export const REPEAT_WINDOW_SECONDS = 60;

/**
 * Whether a link of this purpose to this address (for this user) went out less than
 * REPEAT_WINDOW_SECONDS ago and is still unused: then the request is a repeat, and the link
 * already on its way serves it.
 */
export async function recentlyIssued(
  db: Kysely<Database>,
  token: Pick<NewMailToken, 'purpose' | 'email' | 'userId'>,
  now: Date,
): Promise<boolean> {
  let query = db
    .selectFrom('mail_tokens')
    .select('token_hash')
    .where('purpose', '=', token.purpose)
    .where('email', '=', token.email)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now.toISOString())
    .where('created_at', '>', new Date(now.getTime() - REPEAT_WINDOW_SECONDS * 1000).toISOString());
  query = token.userId === null ? query : query.where('user_id', '=', token.userId);
  return (await query.executeTakeFirst()) !== undefined;
}

export type ConsumeResult =
  | { ok: true; email: string; userId: string | null; language: 'nl' | 'en' }
  | { ok: false; reason: 'invalid' | 'expired' }
  /** Used before: what it was for, so a caller may answer a harmless repeat as the first time. */
  | { ok: false; reason: 'used'; email: string; userId: string | null };

/** Uses a token once: a second use, another purpose or an expired token is refused. */
export async function consumeMailToken(
  db: Kysely<Database>,
  secret: string,
  purpose: MailTokensTable['purpose'],
  now: Date,
): Promise<ConsumeResult> {
  const hash = hashToken(secret);
  const row = await db
    .selectFrom('mail_tokens')
    .selectAll()
    .where('token_hash', '=', hash)
    .executeTakeFirst();
  if (!row || row.purpose !== purpose) return { ok: false, reason: 'invalid' };
  if (row.used_at !== null)
    return { ok: false, reason: 'used', email: row.email, userId: row.user_id };
  if (row.expires_at <= now.toISOString()) return { ok: false, reason: 'expired' };
  const used = await db
    .updateTable('mail_tokens')
    .set({ used_at: now.toISOString() })
    .where('token_hash', '=', hash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  // Two clicks at once: only one of them gets the update.
  if (Number(used.numUpdatedRows) !== 1)
    return { ok: false, reason: 'used', email: row.email, userId: row.user_id };
  return { ok: true, email: row.email, userId: row.user_id, language: row.language };
}
