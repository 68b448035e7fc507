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

export type ConsumeResult =
  | { ok: true; email: string; userId: string | null; language: 'nl' | 'en' }
  | { ok: false; reason: 'invalid' | 'expired' };

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
  if (!row || row.purpose !== purpose || row.used_at !== null)
    return { ok: false, reason: 'invalid' };
  if (row.expires_at <= now.toISOString()) return { ok: false, reason: 'expired' };
  const used = await db
    .updateTable('mail_tokens')
    .set({ used_at: now.toISOString() })
    .where('token_hash', '=', hash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  // Two clicks at once: only one of them gets the update.
  if (Number(used.numUpdatedRows) !== 1) return { ok: false, reason: 'invalid' };
  return { ok: true, email: row.email, userId: row.user_id, language: row.language };
}
