import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BackupRefused, SQLITE_FILE_NAME, backupSqlite, defaultBackupFile } from '@ods/db';
import { ConfigError, loadConfig } from '../config.ts';

// pnpm db:backup [file]
// A consistent copy of the SQLite database while the app runs (SQLite's online backup API),
// checked (integrity, migrations) before it gets its name. Without a file:
// DATA_DIR/backups/over-de-schutting-<UTC time>.sqlite. PostgreSQL: see docs/backups.md.

const USAGE = 'Gebruik: pnpm db:backup [bestand]';

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

const { positionals } = parseArgs({ allowPositionals: true, strict: true, options: {} });
if (positionals.length > 1) fail(USAGE);
// pnpm runs scripts in server/; relative paths (DATA_DIR, the file) mean where it was typed.
if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  throw error;
}
if (config.databaseUrl)
  fail('DATABASE_URL is gezet: maak een back-up van PostgreSQL met pg_dump (zie docs/backups.md).');
const source = join(config.dataDir, SQLITE_FILE_NAME);
const target = resolve(positionals[0] ?? defaultBackupFile(config.dataDir, new Date()));
try {
  const started = Date.now();
  const check = await backupSqlite(source, target);
  console.log(
    `Back-up gemaakt: ${check.file} (${(check.bytes / 1024 / 1024).toFixed(1)} MiB, ` +
      `${check.migrations.length} migraties, integriteit ok, ${Date.now() - started} ms)`,
  );
} catch (error) {
  if (error instanceof BackupRefused) fail(error.message, 1);
  throw error;
}
