import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  postgresAvailable,
  postgresBin,
  runAsPostgres,
  startPostgres,
  type RunningPostgres,
} from './support/postgres.ts';

// What docs/backups.md tells an operator for point-in-time recovery, done on a throw-away
// server: archive the write-ahead log, take a base backup, write on, then recover to a moment
// between two writes. A recovery that was never tried is not known to work.
describe.runIf(postgresAvailable)('PostgreSQL point-in-time recovery', () => {
  let server: RunningPostgres;
  let folder: string;

  beforeAll(async () => {
    server = await startPostgres();
    folder = mkdtempSync(join(tmpdir(), 'ods-pitr-'));
    chmodSync(folder, 0o777);
  });
  afterAll(() => {
    server?.remove();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  async function query<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    try {
      return (await client.query<T>(sql)).rows;
    } finally {
      await client.end();
    }
  }

  it('restores a base backup and the archived log up to a chosen moment, not beyond', async () => {
    const archive = join(folder, 'wal');
    const base = join(folder, 'base');
    runAsPostgres(`mkdir -p ${archive}`);
    // The settings of docs/backups.md; archiving starts with the next server start.
    await query(`alter system set wal_level = 'replica'`);
    await query(`alter system set archive_mode = 'on'`);
    await query(
      `alter system set archive_command = 'test ! -f ${archive}/%f && cp %p ${archive}/%f'`,
    );
    server.stop();
    server.start();

    await query('create table pitr_probe (n integer primary key, note text not null)');
    await query(`insert into pitr_probe values (1, 'voor de basisback-up')`);
    const url = new URL(server.url);
    runAsPostgres(
      `${postgresBin()}/pg_basebackup -h 127.0.0.1 -p ${url.port} -U postgres -D ${base} -Fp -Xs`,
    );
    await query(`insert into pitr_probe values (2, 'na de basisback-up, voor het moment')`);
    const [row] = await query<{ moment: string }>(
      `select to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') || '+00' as moment`,
    );
    const moment = row!.moment;
    // The wrong bulk action the recovery must undo: committed after the moment.
    await query(`insert into pitr_probe values (3, 'na het moment')`);
    await query('delete from pitr_probe where n = 1');
    // Close the segment that holds these writes, so it is archived.
    await query('select pg_switch_wal()');
    await expect
      .poll(
        async () =>
          (
            await query<{ failed: string }>(
              'select failed_count::text as failed, archived_count from pg_stat_archiver',
            )
          )[0],
        { timeout: 30_000 },
      )
      .toMatchObject({ failed: '0' });
    await expect
      .poll(
        async () =>
          Number(
            (
              await query<{ n: string }>('select archived_count::text as n from pg_stat_archiver')
            )[0]!.n,
          ),
        { timeout: 30_000 },
      )
      .toBeGreaterThan(0);
    server.stop('immediate');

    // Recover: the base backup in place of the data directory, the archive to replay from,
    // and the moment to stop at.
    const data = server.dataDir;
    runAsPostgres(`find ${data} -mindepth 1 -delete && cp -a ${base}/. ${data}/`);
    const settings = [
      `restore_command = 'cp ${archive}/%f %p'`,
      `recovery_target_time = '${moment}'`,
      `recovery_target_action = 'promote'`,
      '',
    ].join('\n');
    const extra = join(folder, 'recovery.conf');
    writeFileSync(extra, settings);
    chmodSync(extra, 0o644);
    runAsPostgres(`cat ${extra} >> ${data}/postgresql.auto.conf && touch ${data}/recovery.signal`);
    server.start();

    await expect
      .poll(
        async () =>
          (await query<{ recovering: boolean }>('select pg_is_in_recovery() as recovering'))[0]!
            .recovering,
        { timeout: 60_000 },
      )
      .toBe(false);
    const rows = await query<{ n: number; note: string }>(
      'select n, note from pitr_probe order by n',
    );
    expect(rows).toEqual([
      { n: 1, note: 'voor de basisback-up' },
      { n: 2, note: 'na de basisback-up, voor het moment' },
    ]);
  }, 180_000);
});
