import { sql, type Kysely } from 'kysely';
import { Migrator, type Migration, type MigrationProvider } from 'kysely/migration';
import * as createFoundation from '../migrations/2026_11_23_0930_create_foundation.ts';
import * as createSessions from '../migrations/2026_11_23_1000_create_sessions.ts';
import * as createCases from '../migrations/2026_11_23_1030_create_cases.ts';
import * as createScheduling from '../migrations/2026_11_23_1100_create_scheduling.ts';
import * as createAttendance from '../migrations/2026_11_23_1400_create_attendance.ts';
import * as createNotes from '../migrations/2026_11_23_1500_create_notes.ts';
import * as createSummaries from '../migrations/2026_11_23_1600_create_summaries.ts';
import * as createNoShows from '../migrations/2026_11_23_1700_create_no_shows.ts';
import * as addOutboxSecrets from '../migrations/2026_12_06_2120_add_outbox_secrets.ts';
import * as createConsentRequests from '../migrations/2026_12_06_2150_create_consent_requests.ts';
import * as createRequestKeys from '../migrations/2026_12_06_2200_create_request_keys.ts';
import * as addOutboxLease from '../migrations/2026_12_07_0030_add_outbox_lease.ts';
import * as createNetworks from '../migrations/2026_12_07_0035_create_networks.ts';
import * as addRoundAdjustments from '../migrations/2026_12_07_0610_add_round_adjustments.ts';
import type { Database } from './database.ts';

// Listed explicitly (not read from the folder) so bundlers, tests and Node's type stripping
// all see the same set. Names sort in the order they run.
const migrations: Record<string, Migration> = {
  '2026_11_23_0930_create_foundation': createFoundation,
  '2026_11_23_1000_create_sessions': createSessions,
  '2026_11_23_1030_create_cases': createCases,
  '2026_11_23_1100_create_scheduling': createScheduling,
  '2026_11_23_1400_create_attendance': createAttendance,
  '2026_11_23_1500_create_notes': createNotes,
  '2026_11_23_1600_create_summaries': createSummaries,
  '2026_11_23_1700_create_no_shows': createNoShows,
  '2026_12_06_2120_add_outbox_secrets': addOutboxSecrets,
  '2026_12_06_2150_create_consent_requests': createConsentRequests,
  '2026_12_06_2200_create_request_keys': createRequestKeys,
  '2026_12_07_0030_add_outbox_lease': addOutboxLease,
  '2026_12_07_0035_create_networks': createNetworks,
  '2026_12_07_0610_add_round_adjustments': addRoundAdjustments,
};

/** Every migration of this version, in the order they run. */
export function migrationNames(): string[] {
  return Object.keys(migrations).sort();
}

const provider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};

/**
 * Brings the schema up to date; throws with the failing migration's name. On PostgreSQL
 * with a non-default search_path, pass that schema: Kysely looks for its bookkeeping tables
 * in every schema otherwise, and finds another schema's.
 */
export async function migrateToLatest(db: Kysely<Database>, schema?: string): Promise<void> {
  const migrator = new Migrator({
    db,
    provider,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    throw new Error(
      `Migration ${failed?.migrationName ?? '(unknown)'} failed: ${error instanceof Error ? error.message : JSON.stringify(error)}`,
      {
        cause: error,
      },
    );
  }
}

/** Runs the migrations up to and including `name` (tests of a migration over older data). */
export async function migrateTo(db: Kysely<Database>, name: string): Promise<void> {
  const { error } = await new Migrator({ db, provider }).migrateTo(name);
  if (error) throw error instanceof Error ? error : new Error(JSON.stringify(error));
}

/**
 * The migrations this build knows that the database has not run yet (readiness: an instance is
 * ready only once the schema is the one its code expects). Reads Kysely's bookkeeping table
 * through the connection's search path; a database without it has run none.
 */
export async function pendingMigrations(db: Kysely<Database>): Promise<string[]> {
  const done = await sql<{ name: string }>`select name from kysely_migration`.execute(db).then(
    (result) => new Set(result.rows.map((row) => row.name)),
    async (error: unknown) => {
      // Only a missing table means "none yet"; a database that does not answer stays an error.
      await sql`select 1`.execute(db);
      if (error instanceof Error) return new Set<string>();
      throw error;
    },
  );
  return Object.keys(migrations).filter((name) => !done.has(name));
}
