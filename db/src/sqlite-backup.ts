import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import SQLite from 'better-sqlite3';
import { migrationNames } from './migrations.ts';

/** What a backup (or a database about to be replaced) was found to be. */
export interface SqliteFileCheck {
  file: string;
  bytes: number;
  /** Migrations recorded in the file, in order. */
  migrations: string[];
  /** Migrations this version of the app has and the file has not: they run at the next start. */
  pending: string[];
}

/** A file that is no usable database of this app; the message says why, in Dutch. */
export class BackupRefused extends Error {}

/**
 * Checks a database file: SQLite's integrity check passes and its migrations are ones this
 * version of the app knows, in order (a backup of a newer version cannot be restored by an
 * older one: it would not know that schema).
 */
export function checkSqliteFile(file: string): SqliteFileCheck {
  if (!existsSync(file)) throw new BackupRefused(`${file} bestaat niet.`);
  let sqlite: SQLite.Database;
  try {
    sqlite = new SQLite(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new BackupRefused(`${file} is geen SQLite-database (${(error as Error).message}).`);
  }
  try {
    let integrity: string[];
    try {
      integrity = sqlite
        .prepare('pragma integrity_check')
        .pluck()
        .all()
        .map((row) => String(row));
    } catch (error) {
      throw new BackupRefused(`${file} is geen SQLite-database (${(error as Error).message}).`);
    }
    if (integrity.join() !== 'ok')
      throw new BackupRefused(
        `${file} is beschadigd (integrity_check: ${integrity.slice(0, 3).join('; ')}).`,
      );
    const hasMigrations = sqlite
      .prepare("select 1 from sqlite_master where type = 'table' and name = 'kysely_migration'")
      .get();
    if (!hasMigrations) throw new BackupRefused(`${file} is geen database van Over de schutting.`);
    const migrations = sqlite
      .prepare('select name from kysely_migration order by name')
      .pluck()
      .all()
      .map((row) => String(row));
    const known = migrationNames();
    const unknown = migrations.filter((name) => !known.includes(name));
    if (unknown.length > 0)
      throw new BackupRefused(
        `${file} komt van een nieuwere versie van de app (onbekende migratie ${unknown[0]}); herstel hem met die versie.`,
      );
    if (migrations.some((name, i) => name !== known[i]))
      throw new BackupRefused(`${file} heeft migraties in een andere volgorde dan deze versie.`);
    return {
      file,
      bytes: statSync(file).size,
      migrations,
      pending: known.slice(migrations.length),
    };
  } finally {
    sqlite.close();
  }
}

/** `backups/over-de-schutting-20261207T013000Z.sqlite` in the data folder. */
export function defaultBackupFile(dataDir: string, now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return join(dataDir, 'backups', `over-de-schutting-${stamp}.sqlite`);
}

/** sqlite3_backup_step copies at most this many pages: more than any database has. */
const ALL_PAGES = 0x7fffffff;

/**
 * A consistent copy of a live database, with SQLite's online backup API while the app keeps
 * running: the copy is the database as it was at one moment (a write between two steps makes
 * SQLite start over, so there is only one step after the first). Written next to the target first and renamed when checked, so a half-written
 * backup never carries the target's name. Refuses to overwrite an existing file.
 */
export async function backupSqlite(source: string, target: string): Promise<SqliteFileCheck> {
  if (!existsSync(source)) throw new BackupRefused(`${source} bestaat niet.`);
  if (existsSync(target)) throw new BackupRefused(`${target} bestaat al; kies een ander bestand.`);
  mkdirSync(dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  const sqlite = new SQLite(source, { fileMustExist: true });
  try {
    // The app holds the write lock only briefly; a backup step waits for it like a reader.
    sqlite.pragma('busy_timeout = 5000');
    // Every step copies all pages at once, in one read transaction. A step of "the page count
    // seen last" never ended under a steady writer: by the time it ran the file had grown, so
    // pages remained, the next write restarted the backup, and so on for ever (it hung in CI).
    await sqlite.backup(partial, { progress: () => ALL_PAGES });
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    sqlite.close();
  }
  // The copy is a plain file of its own: no write-ahead log beside it.
  const copy = new SQLite(partial);
  copy.pragma('journal_mode = DELETE');
  copy.close();
  try {
    checkSqliteFile(partial);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  renameSync(partial, target);
  return checkSqliteFile(target);
}

/** The database file is open in another process (the app runs on it). */
export class DatabaseInUse extends BackupRefused {}

export interface RestoreResult {
  restored: SqliteFileCheck;
  /** Where the database that was there before now is (a restore can be undone). */
  previous: string | undefined;
}

/**
 * Puts a checked backup in the place of the database file. Refuses while any other process
 * has that file open: SQLite can leave its write-ahead log only when it is the one
 * connection, so that is asked first. The database that was there is kept beside it as
 * `<file>.before-restore-<time>`.
 */
export function restoreSqlite(backup: string, target: string, now: Date): RestoreResult {
  checkSqliteFile(backup);
  let previous: string | undefined;
  if (existsSync(target)) {
    const current = new SQLite(target, { fileMustExist: true });
    try {
      current.pragma('busy_timeout = 0');
      // Leaving WAL needs the file to itself; it also writes the log back into the file.
      try {
        current.pragma('journal_mode = DELETE');
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_BUSY')
          throw new DatabaseInUse(
            `${target} is in gebruik: stop de app eerst (herstellen onder een draaiende app beschadigt de database).`,
          );
        throw error;
      }
    } finally {
      current.close();
    }
    previous = `${target}.before-restore-${now
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d+Z$/, 'Z')}`;
    renameSync(target, previous);
  }
  for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
  const incoming = `${target}.restoring`;
  copyFileSync(backup, incoming);
  renameSync(incoming, target);
  return { restored: checkSqliteFile(target), previous };
}
