import { createDatabase, migrateToLatest, seedReferenceData } from '@ods/db';
import { loadConfig } from '../config.ts';
import { seedDemoData } from '../features/demo/seed-demo.ts';

// pnpm seed:demo — adds the fictional demo professionals (also done on the first start of an empty database).
// pnpm runs this in server/; resolve a relative DATA_DIR from where the command was typed,
// so `pnpm seed:demo` and `npm start` at the root use the same ./data.
if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
const config = loadConfig();
const database = createDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
await migrateToLatest(database.db);
await seedReferenceData(database.db);
const existing = await database.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
if (existing) {
  console.log('The database already has users; demo data is only added to an empty database.');
} else {
  await seedDemoData(database.db, { now: new Date(), seed: 2026 });
  console.log(`Demo data seeded into ${database.description}.`);
}
await database.db.destroy();
