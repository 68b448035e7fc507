import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BackupRefused, SQLITE_FILE_NAME, restoreSqlite } from '@ods/db';
import { ConfigError, loadConfig } from '../config.ts';

// pnpm db:restore <file>
// Puts a backup made by pnpm db:backup in the place of DATA_DIR's SQLite database, after
// checking it (integrity, migrations this version knows). Refuses while the app (or anything
// else) has the database open; the database that was there is kept beside it.

const USAGE = 'Gebruik: pnpm db:restore <bestand>   (stop de app eerst)';

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

const { positionals } = parseArgs({ allowPositionals: true, strict: true, options: {} });
if (positionals.length !== 1) fail(USAGE);
if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  throw error;
}
if (config.databaseUrl)
  fail('DATABASE_URL is gezet: herstel PostgreSQL met pg_restore (zie docs/backups.md).');
try {
  const { restored, previous } = restoreSqlite(
    resolve(positionals[0]!),
    join(config.dataDir, SQLITE_FILE_NAME),
    new Date(),
  );
  console.log(
    `Hersteld: ${restored.file} (${restored.migrations.length} migraties, integriteit ok` +
      (restored.pending.length > 0
        ? `; ${restored.pending.length} nieuwere migraties lopen bij de volgende start)`
        : ')'),
  );
  if (previous) console.log(`De database van daarvoor staat in ${previous}.`);
} catch (error) {
  if (error instanceof BackupRefused) fail(error.message, 1);
  throw error;
}
