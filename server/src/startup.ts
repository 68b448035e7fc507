import type { Kysely } from 'kysely';
import { migrateToLatest, seedReferenceData, type Database } from '@ods/db';

/**
 * Schema up to date, reference data in place, and demo data on an empty database when wanted.
 * With demo data on, every start also makes sure there is a demo session open now and one
 * that just ended (a restart hours later still has something to try).
 */
export async function prepareDatabase(
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
