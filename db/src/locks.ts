import { PostgresAdapter, sql, type Kysely } from 'kysely';
import type { Database } from './database.ts';

/**
 * Whether this Kysely instance (or transaction) talks to PostgreSQL. Several app instances
 * share one PostgreSQL database; the embedded SQLite file belongs to one machine.
 */
export function isPostgres(db: Kysely<Database>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/**
 * The first half of every advisory lock key of this app (PostgreSQL's two-integer form), so
 * ours never meet another program's locks in the same database, nor Kysely's migration lock.
 */
const LOCK_NAMESPACE = 0x0d5_0001;

export type LockOutcome<T> = { ran: true; value: T } | { ran: false };

/**
 * Runs `work` while holding the PostgreSQL advisory lock named `name`, so that of all app
 * instances on the database only one runs it at a time. With `wait` the call waits for the
 * lock (start-up work every instance must see done); without, it gives up at once and
 * answers `{ ran: false }`: another instance is doing the job right now.
 *
 * The lock is a session lock on one connection held for the whole run, so it is released
 * when the work ends or when the process dies (the connection closes), never left behind.
 * Its key includes the current schema: tests give each app its own schema in one database.
 *
 * On SQLite the work simply runs: one machine, and each job's own in-process guard already
 * keeps a second run from overlapping; SQLite's write lock (transactions begin IMMEDIATE)
 * serialises the row claims of a second process on the same file.
 */
export async function withAdvisoryLock<T>(
  db: Kysely<Database>,
  name: string,
  work: () => Promise<T>,
  options: { wait?: boolean } = {},
): Promise<LockOutcome<T>> {
  if (!isPostgres(db)) return { ran: true, value: await work() };
  return db.connection().execute(async (connection) => {
    const key = sql`hashtext(current_schema() || ':' || ${name})`;
    if (options.wait) {
      await sql`select pg_advisory_lock(${sql.lit(LOCK_NAMESPACE)}, ${key})`.execute(connection);
    } else {
      const { rows } = await sql<{
        locked: boolean;
      }>`select pg_try_advisory_lock(${sql.lit(LOCK_NAMESPACE)}, ${key}) as locked`.execute(
        connection,
      );
      if (!rows[0]?.locked) return { ran: false } as const;
    }
    try {
      return { ran: true, value: await work() } as const;
    } finally {
      await sql`select pg_advisory_unlock(${sql.lit(LOCK_NAMESPACE)}, ${key})`.execute(connection);
    }
  });
}
