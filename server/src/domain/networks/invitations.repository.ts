import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';

/**
 * The organisation a pending invitation names for this address, so the profile form starts
 * with it filled in; the newest invitation wins. Ended or accepted invitations fill in nothing.
 */
export async function invitedOrganisation(
  db: Kysely<Database>,
  email: string,
): Promise<{ id: string; name: string } | undefined> {
  return db
    .selectFrom('network_invitations')
    .innerJoin('organisations', 'organisations.id', 'network_invitations.organisation_id')
    .select(['organisations.id', 'organisations.name'])
    .where('network_invitations.email', '=', email.toLowerCase())
    .where('network_invitations.ended_at', 'is', null)
    .where('network_invitations.accepted_at', 'is', null)
    .orderBy('network_invitations.created_at', 'desc')
    .executeTakeFirst();
}

/** Marks the pending invitations of an address accepted (the profile was completed). */
export async function acceptInvitations(
  db: Kysely<Database>,
  email: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('network_invitations')
    .set({ accepted_at: now.toISOString() })
    .where('email', '=', email.toLowerCase())
    .where('ended_at', 'is', null)
    .where('accepted_at', 'is', null)
    .execute();
}
