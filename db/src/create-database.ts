import { mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  Kysely,
  PostgresDialect,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type SqliteDatabase,
  type SqliteDialectConfig,
} from 'kysely';
import pg from 'pg';
import type { Database } from './database.ts';

export type DatabaseDialect = 'sqlite' | 'postgres';

/** The SQLite file in DATA_DIR (unless a test names another). */
export const SQLITE_FILE_NAME = 'over-de-schutting.sqlite';

export interface DatabaseOptions {
  /** postgres://… selects PostgreSQL; otherwise an SQLite file in dataDir. */
  databaseUrl?: string | undefined;
  dataDir: string;
  /** PostgreSQL schema to use (tests isolate themselves this way). */
  postgresSchema?: string;
  sqliteFileName?: string;
  /** PostgreSQL connections at most (default 10; a worker thread's own pool needs few). */
  maxConnections?: number;
}

/** Where a database lives, so that a worker thread can open a connection of its own to it. */
export type DatabaseLocation =
  { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string; schema?: string };

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: DatabaseDialect;
  /** Where the data lives, without credentials, for the start-up log. */
  description: string;
  location: DatabaseLocation;
}

/** Opens the database: PostgreSQL when a URL is given, otherwise an embedded SQLite file. */
export function createDatabase(options: DatabaseOptions): DatabaseHandle {
  if (options.databaseUrl) {
    const url = new URL(options.databaseUrl);
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.maxConnections ?? 10,
      // A request waits at most this long for a connection when PostgreSQL is unreachable (a
      // failover, a black-holed network), then fails with an error we answer as 503.
      connectionTimeoutMillis: 5_000,
      ...(options.postgresSchema ? { options: `-c search_path=${options.postgresSchema}` } : {}),
    });
    // A connection cut off by the server (a restart, a failover) emits 'error': the pool's for
    // an idle one (it drops it and opens a new one for the next query), the client's own for
    // one in use (its query fails with the error, answered as 503). Without listeners Node
    // treats the event as uncaught and stops the whole app.
    pool.on('error', () => undefined);
    pool.on('connect', (client) => client.on('error', () => undefined));
    return {
      db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }),
      dialect: 'postgres',
      location: {
        dialect: 'postgres',
        url: options.databaseUrl,
        ...(options.postgresSchema ? { schema: options.postgresSchema } : {}),
      },
      description: `PostgreSQL ${url.host}${url.pathname}${options.postgresSchema ? ` (schema ${options.postgresSchema})` : ''}`,
    };
  }
  mkdirSync(options.dataDir, { recursive: true });
  const file = join(options.dataDir, options.sqliteFileName ?? SQLITE_FILE_NAME);
  return {
    db: sqliteKysely(openSqliteFile(file)),
    dialect: 'sqlite',
    description: `SQLite ${file}`,
    location: { dialect: 'sqlite', file },
  };
}

/** Opens another connection (pool) to the database at `location`, e.g. in a worker thread. */
export function openDatabaseAt(location: DatabaseLocation, maxConnections = 2): DatabaseHandle {
  return location.dialect === 'sqlite'
    ? createDatabase({ dataDir: dirname(location.file), sqliteFileName: basename(location.file) })
    : createDatabase({
        databaseUrl: location.url,
        dataDir: '',
        maxConnections,
        ...(location.schema ? { postgresSchema: location.schema } : {}),
      });
}

/**
 * One connection to the SQLite file, set up like every other: WAL for concurrent readers (and
 * a second writer connection in a worker thread); synchronous=FULL so a write the app
 * acknowledged survives a crash of the process or the machine; foreign keys are off by
 * default in SQLite.
 */
export function openSqliteFile(file: string): SQLite.Database {
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return sqlite;
}

/**
 * Transactions take the write lock when they begin (BEGIN IMMEDIATE), waiting up to the busy
 * timeout for it. A deferred transaction that reads and then writes fails at once with
 * SQLITE_BUSY when another connection (the notes log thread) wrote in between: its snapshot
 * is stale, and waiting cannot help it.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

/** Kysely over an open SQLite connection. */
export function sqliteKysely(sqlite: SQLite.Database): Kysely<Database> {
  return new Kysely<Database>({
    dialect: new ImmediateSqliteDialect({ database: cachingStatements(sqlite) }),
  });
}

/** Enough for every query the app writes, with room for IN lists of varying length. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * The connection with its prepared statements kept by SQL text. Kysely prepares every query
 * anew, and under load preparing was a fifth of the server's time (pnpm bench:api's profile).
 * A statement that is still being iterated is busy and cannot run twice: then a fresh one.
 */
export function cachingStatements(sqlite: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => {
      statements.clear();
      sqlite.close();
    },
    prepare: (sql) => {
      const cached = statements.get(sql);
      if (cached && !cached.busy) return cached;
      const statement = sqlite.prepare(sql);
      if (cached) return statement;
      if (statements.size >= STATEMENT_CACHE_SIZE)
        statements.delete(statements.keys().next().value!);
      statements.set(sql, statement);
      return statement;
    },
  };
}
