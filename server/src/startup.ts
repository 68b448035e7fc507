import type { Kysely } from 'kysely';
import { migrateToLatest, seedReferenceData, withAdvisoryLock, type Database } from '@ods/db';

/**
 * Schema up to date, reference data in place, and demo data on an empty database when wanted.
 * With demo data on, every start also makes sure there is a demo session open now and one
 * that just ended (a restart hours later still has something to try).
 *
 * Several instances starting at once on one PostgreSQL database do this one after the other
 * (an advisory lock): the first migrates and seeds, the others wait and find it done, instead
 * of all seeing an empty database and seeding it twice.
 */
export async function prepareDatabase(
  db: Kysely<Database>,
  options: { seedDemo: boolean; now: Date },
): Promise<{ demoSeeded: boolean }> {
  const outcome = await withAdvisoryLock(db, 'prepare-database', () => prepare(db, options), {
    wait: true,
  });
  return outcome.ran ? outcome.value : { demoSeeded: false };
}

async function prepare(
  db: Kysely<Database>,
  options: { seedDemo: boolean; now: Date },
): Promise<{ demoSeeded: boolean }> {
  await migrateToLatest(db);
  await seedReferenceData(db);
  if (!options.seedDemo) return { demoSeeded: false };
  // Loaded only when wanted: the demo seeder's faker locale data alone is some 40 MiB of
  // memory that a production server never needs.
  const { refreshDemoSessions } = await import('./features/demo/demo-sessions.ts');
  const { seedDemoData } = await import('./features/demo/seed-demo.ts');
  const anyUser = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (!anyUser) await seedDemoData(db, { now: options.now, seed: 2026 });
  await refreshDemoSessions(db, options.now);
  return { demoSeeded: !anyUser };
}
