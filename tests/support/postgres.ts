import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './server.ts';

const repoRoot = new URL('../../', import.meta.url).pathname;

/** Debian's PostgreSQL server binaries (the newest installed), if any. */
export function postgresBin(): string | undefined {
  try {
    const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(a) - Number(b));
    return versions.length ? `/usr/lib/postgresql/${versions.at(-1)}/bin` : undefined;
  } catch {
    return undefined;
  }
}

export const postgresAvailable = postgresBin() !== undefined;
if (!postgresAvailable && process.env.CI)
  throw new Error('PostgreSQL is missing: CI must install it (apt-get install -y postgresql)');

export interface RunningPostgres {
  url: string;
  /** Stops the server; 'immediate' is as abrupt as a crash (no checkpoint, clients cut off). */
  stop(mode?: 'fast' | 'immediate'): void;
  /** Starts it again on the same port and data. */
  start(): void;
  /** Stops it and removes its data. */
  remove(): void;
  /** Its data directory (owned by the postgres user). */
  dataDir: string;
}

/** As root, PostgreSQL runs as the postgres user its package creates. */
export function runAsPostgres(command: string): void {
  const asRoot = process.getuid?.() === 0;
  const result = asRoot
    ? spawnSync('su', ['postgres', '-s', '/bin/sh', '-c', command], { encoding: 'utf8' })
    : spawnSync('sh', ['-c', command], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command}: ${result.stderr || result.stdout}`);
}

/**
 * A PostgreSQL server of its own for a test that stops and starts it (the shared test server
 * of ODS_TEST_POSTGRES_URL must stay up for the other tests): scripts/start-postgres.sh on a
 * free port and a fresh data folder.
 */
export async function startPostgres(): Promise<RunningPostgres> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'ods-pg-'));
  // The postgres user must reach its data folder inside.
  chmodSync(dir, 0o755);
  const env = { ...process.env, ODS_PG_PORT: String(port), ODS_PG_DIR: join(dir, 'data') };
  const started = spawnSync('bash', [join(repoRoot, 'scripts/start-postgres.sh')], {
    env,
    encoding: 'utf8',
  });
  if (started.status !== 0) throw new Error(`PostgreSQL did not start: ${started.stderr}`);
  const bin = postgresBin()!;
  const data = join(dir, 'data');
  const pgCtl = (args: string) => runAsPostgres(`${bin}/pg_ctl -D ${data} ${args}`);
  return {
    url: started.stdout.trim(),
    dataDir: data,
    stop(mode = 'fast') {
      pgCtl(`-m ${mode} -w stop`);
    },
    start() {
      pgCtl(`-l ${data}/server.log -o '-p ${port} -k /tmp -c listen_addresses=127.0.0.1' -w start`);
    },
    remove() {
      try {
        pgCtl('-m immediate -w stop');
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
