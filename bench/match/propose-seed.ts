// A seeded SQLite file of `size` professionals for the end-to-end bench (propose-run.ts): the
// demo seeder's fictional people (topics, weekly availability, municipalities by population)
// on the migrated schema with the reference data. Seeding 100 000 people takes a minute or two,
// so each size is made once under .tmp/bench-match/ and copied for every run (a run stores
// its proposal, and the next one should start from the same file).
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createDatabase, migrateToLatest, seedReferenceData, SQLITE_FILE_NAME } from '@ods/db';
import { seedDemoData } from '@ods/server/features/demo/seed-demo';

/** Sunday before the period, as in scenario.ts; the seeded profiles are complete from then. */
export const SEED_NOW = new Date('2026-12-06T09:00:00.000Z');
const CACHE = new URL('../../.tmp/bench-match/', import.meta.url).pathname;

/** Makes (once) the seeded file for `size` people and copies it into `dataDir`. */
export async function seededCopy(size: number, dataDir: string): Promise<string> {
  const cached = join(CACHE, `people-${size}.sqlite`);
  if (!existsSync(cached)) {
    const building = join(CACHE, `building-${size}-${process.pid}`);
    rmSync(building, { recursive: true, force: true });
    mkdirSync(building, { recursive: true });
    const database = createDatabase({ dataDir: building });
    await migrateToLatest(database.db);
    await seedReferenceData(database.db);
    await seedDemoData(database.db, { now: SEED_NOW, seed: 2026, people: size });
    await database.db.destroy();
    // Closed, so the WAL is folded into the file and the copy is the whole database.
    renameSync(join(building, SQLITE_FILE_NAME), cached);
    rmSync(building, { recursive: true, force: true });
  }
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, SQLITE_FILE_NAME);
  copyFileSync(cached, file);
  return file;
}
