import { sql, type Kysely } from 'kysely';
import type { Database } from '@ods/db';
import type { Ledger } from './workload.ts';

/**
 * Half-written state, each as a query that must return no rows. Every one names a whole
 * that the app writes in one transaction (or derives on the next start), so any row here is
 * a write that a crash cut in two.
 */
export const INVARIANTS: Record<string, ReturnType<typeof sql<{ id: string }>>> = {
  'a session without participants': sql`
    select s.id from sparring_sessions s
    where not exists (select 1 from session_participants p where p.session_id = s.id)`,
  'a committed round without its sessions': sql`
    select r.id from match_rounds r
    where r.state = 'committed' and r.proposal not like '%"groups":[]%'
      and not exists (select 1 from sparring_sessions s where s.round_id = r.id)`,
  'a session of a proposed (uncommitted) round': sql`
    select s.id from sparring_sessions s join match_rounds r on r.id = s.round_id
    where r.state <> 'committed'`,
  'an invited session of a round without an invitation in the outbox for a participant': sql`
    select s.id || ' ' || p.user_id as id
    from sparring_sessions s
    join session_participants p on p.session_id = s.id
    join users u on u.id = p.user_id
    where s.round_id is not null and s.state <> 'proposed' and p.added_at = s.created_at
      and not exists (
        select 1 from outbox o
        where o.kind = 'invitation' and o.to_address = u.email
          and o.attachments like '%' || s.id || '%')`,
  'an invited session without its planned reminders': sql`
    select s.id from sparring_sessions s
    where s.round_id is not null and s.state in ('invited', 'confirmed')
      and not exists (
        select 1 from scheduled_jobs j where j.session_id = s.id)`,
  'a completed profile without topics or availability': sql`
    select u.id from users u
    where u.profile_completed_at is not null
      and (not exists (select 1 from user_topics t where t.user_id = u.id)
        or not exists (select 1 from user_availability a where a.user_id = u.id))`,
  'a consent without its summary': sql`
    select c.session_id as id from summary_consents c
    where not exists (select 1 from summaries s where s.session_id = c.session_id)`,
  'a library entry that not every participant agreed to': sql`
    select l.session_id as id from library_entries l
    join session_participants p on p.session_id = l.session_id and p.removed_at is null
    where not exists (
      select 1 from summary_consents c
      where c.session_id = l.session_id and c.user_id = p.user_id and c.agreed = 1)`,
  'a summary everyone agreed to that is not in the library': sql`
    select s.session_id as id from summaries s
    where not exists (select 1 from library_entries l where l.session_id = s.session_id)
      and not exists (
        select 1 from session_participants p
        where p.session_id = s.session_id and p.removed_at is null
          and not exists (
            select 1 from summary_consents c
            where c.session_id = s.session_id and c.user_id = p.user_id and c.agreed = 1))`,
  'a final summary whose notes are still writable': sql`
    select s.session_id as id from summaries s
    join notes_documents n on n.session_id = s.session_id
    where s.finalised_at is not null and n.locked_at is null`,
  'a login link without its mail': sql`
    select t.email as id from mail_tokens t
    where t.purpose = 'login'
      and not exists (select 1 from outbox o where o.kind = 'login' and o.to_address = t.email)`,
};

/** Every invariant that does not hold, with the offending ids. */
export async function brokenInvariants(db: Kysely<Database>): Promise<string[]> {
  const problems: string[] = [];
  for (const [name, query] of Object.entries(INVARIANTS)) {
    const { rows } = await query.execute(db);
    if (rows.length > 0) problems.push(`${name}: ${rows.map((r) => r.id).join(', ')}`);
  }
  return problems;
}

/** Every acknowledged write of the ledger that is not in the database (notes apart). */
export async function missingWrites(db: Kysely<Database>, ledger: Ledger): Promise<string[]> {
  const missing: string[] = [];
  for (const email of ledger.loginLinks) {
    const mail = await db
      .selectFrom('outbox')
      .select('id')
      .where('kind', '=', 'login')
      .where('to_address', '=', email)
      .executeTakeFirst();
    if (!mail) missing.push(`the sign-in mail to ${email}`);
  }
  for (const { email, cookie } of ledger.signedIn) {
    const user = await db
      .selectFrom('auth_sessions')
      .innerJoin('users', 'users.id', 'auth_sessions.user_id')
      .select('users.email')
      .where('users.email', '=', email)
      .executeTakeFirst();
    if (!user || !cookie) missing.push(`the signed-in session of ${email}`);
  }
  for (const email of ledger.profiles) {
    const user = await db
      .selectFrom('users')
      .select('profile_completed_at')
      .where('email', '=', email)
      .executeTakeFirst();
    if (!user?.profile_completed_at) missing.push(`the profile of ${email}`);
  }
  for (const { roundId, groups } of ledger.commits) {
    const round = await db
      .selectFrom('match_rounds')
      .select('state')
      .where('id', '=', roundId)
      .executeTakeFirst();
    const sessions = await db
      .selectFrom('sparring_sessions')
      .select('id')
      .where('round_id', '=', roundId)
      .execute();
    if (round?.state !== 'committed' || sessions.length !== groups)
      missing.push(`round ${roundId} committed with ${groups} sessions (found ${sessions.length})`);
  }
  for (const { sessionId, userId } of ledger.replies) {
    const row = await db
      .selectFrom('session_participants')
      .select('reply')
      .where('session_id', '=', sessionId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (row?.reply !== 'accepted') missing.push(`the acceptance of ${userId} for ${sessionId}`);
  }
  for (const { sessionId, version } of ledger.summaries) {
    const row = await db
      .selectFrom('summaries')
      .select('version')
      .where('session_id', '=', sessionId)
      .executeTakeFirst();
    if (!row || row.version < version) missing.push(`summary ${sessionId} version ${version}`);
  }
  for (const { sessionId, userId } of ledger.consents) {
    const row = await db
      .selectFrom('summary_consents')
      .select('agreed')
      .where('session_id', '=', sessionId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (!row || !row.agreed) missing.push(`the consent of ${userId} to ${sessionId}`);
  }
  return missing;
}
