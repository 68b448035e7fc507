import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import { organisationOfEmail } from '../../lib/organisation-domain.ts';

/**
 * The user with this address, created on first sign-in (signing up is signing in), with the
 * organisation their work address belongs to already filled in, as the sign-in page promises.
 */
export async function findOrCreateUser(
  db: Kysely<Database>,
  email: string,
  language: 'nl' | 'en',
  now: Date,
): Promise<string> {
  const existing = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirst();
  if (existing) return existing.id;
  const id = randomUUID();
  const organisationId = await organisationOfEmail(db, email);
  await db
    .insertInto('users')
    .values({
      id,
      email,
      language,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
      organisation_id: organisationId ?? null,
      // Known from the address itself, so it is verified.
      organisation_verified: organisationId ? 1 : 0,
      house_rules_accepted_at: null,
      profile_completed_at: null,
      paused_until: null,
    })
    .onConflict((oc) => oc.column('email').doNothing())
    .execute();
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function emailInUse(db: Kysely<Database>, email: string): Promise<boolean> {
  return (
    (await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst()) !==
    undefined
  );
}

/** The current address of a user, or undefined. */
export async function emailOf(
  db: Kysely<Database>,
  userId: string | null,
): Promise<string | undefined> {
  if (!userId) return undefined;
  const row = await db
    .selectFrom('users')
    .select('email')
    .where('id', '=', userId)
    .executeTakeFirst();
  return row?.email;
}
