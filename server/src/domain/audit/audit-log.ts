import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import type { AuditList, AuditPurpose, Round } from '@ods/shared';
import type { SessionUser } from '../../plugins/auth/session-store.ts';

type Actor = Pick<SessionUser, 'id' | 'name' | 'role'>;

export interface AuditContext {
  networkId?: string | null;
  /** The round, session or network the look was part of. */
  resourceId?: string | null;
}

// Rows per statement (nine values each): below SQLite's 32 766 and PostgreSQL's 65 535
// bind parameters, and more than one page of a round shows.
const CHUNK = 1000;

/**
 * Writes one audit entry per person whose record a coordinator or admin was shown, so the
 * person can read who looked, when and why. A participant's own reads are not audited, and
 * neither is a staff member looking at themselves. All in one transaction: with SQLite's
 * synchronous=FULL every commit is a disk sync, and a statement per hundred people made a
 * round's read wait on dozens of them.
 */
export async function recordAccess(
  db: Kysely<Database>,
  actor: Actor,
  subjectIds: readonly string[],
  purpose: AuditPurpose,
  context: AuditContext,
  now: Date,
): Promise<void> {
  if (actor.role === 'participant') return;
  const role = actor.role;
  const subjects = [...new Set(subjectIds)].filter((id) => id !== actor.id);
  if (subjects.length === 0) return;
  const stamp = now.toISOString();
  const write = async (trx: Kysely<Database>) => {
    for (let i = 0; i < subjects.length; i += CHUNK) {
      await trx
        .insertInto('audit_log')
        .values(
          subjects.slice(i, i + CHUNK).map((subjectId) => ({
            id: randomUUID(),
            actor_id: actor.id,
            actor_name: actor.name,
            actor_role: role,
            subject_id: subjectId,
            purpose,
            network_id: context.networkId ?? null,
            resource_id: context.resourceId ?? null,
            created_at: stamp,
          })),
        )
        .execute();
    }
  };
  if (subjects.length <= CHUNK || db.isTransaction) await write(db);
  else await db.transaction().execute(write);
}

/**
 * Everyone a round's answer shows: the members of its page of groups and of those left out,
 * but for the ids in `except` (places without an account behind them any more).
 */
export async function auditRound(
  db: Kysely<Database>,
  actor: Actor,
  round: Round,
  purpose: AuditPurpose,
  now: Date,
  except: readonly string[] = [],
): Promise<void> {
  const people = [
    ...round.groups.flatMap((g) => g.members.map((m) => m.userId)),
    ...round.leftOut.map((p) => p.userId),
  ].filter((id) => !except.includes(id));
  await recordAccess(
    db,
    actor,
    people,
    purpose,
    { networkId: round.networkId, resourceId: round.id },
    now,
  );
}

/** The looks at a person's record, newest first, as they read them on their account page. */
export async function auditEntriesFor(
  db: Kysely<Database>,
  subjectId: string,
  limit = 200,
): Promise<AuditList> {
  const [rows, count] = await Promise.all([
    db
      .selectFrom('audit_log')
      .leftJoin('networks', 'networks.id', 'audit_log.network_id')
      .select([
        'audit_log.created_at',
        'audit_log.actor_name',
        'audit_log.actor_role',
        'audit_log.purpose',
        'networks.name as network_name',
      ])
      .where('audit_log.subject_id', '=', subjectId)
      .orderBy('audit_log.created_at', 'desc')
      .orderBy('audit_log.id')
      .limit(limit)
      .execute(),
    db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('subject_id', '=', subjectId)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    total: Number(count.n),
    entries: rows.map((r) => ({
      at: r.created_at,
      actorName: r.actor_name,
      actorRole: r.actor_role,
      purpose: r.purpose as AuditPurpose,
      networkName: r.network_name,
    })),
  };
}
