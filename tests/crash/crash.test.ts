import { randomBytes, randomInt } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createDatabase, type DatabaseHandle } from '@ods/db';
import { connectNotesClient } from '@ods/server/features/notes/notes-node-client';
import { startServer, type RunningServer } from '../support/server.ts';
import { startSmtp, type RunningSmtp } from '../support/smtp.ts';
import { brokenInvariants, missingWrites } from './checks.ts';
import {
  emptyLedger,
  notesText,
  runWorkload,
  seededRandom,
  seedWorld,
  type Progress,
} from './workload.ts';

// kill -9 of the real server at seeded random moments of a scripted workload, then a restart
// on the same data: every acknowledged write must be there, and no half-written state.
// CRASH_SEED repeats a run; CRASH_KILLS changes how many lives the server has.
const seed = Number(process.env.CRASH_SEED ?? randomInt(2 ** 31));
const kills = Number(process.env.CRASH_KILLS ?? 6);
console.log(`crash seed ${seed}: CRASH_SEED=${seed} pnpm test:crash repeats this run`);

const postgresUrl = process.env.ODS_TEST_POSTGRES_URL;
const dialects = postgresUrl ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const);

/** A fresh PostgreSQL database for one run, dropped afterwards. */
async function freshPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `ods_crash_${randomBytes(6).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: postgresUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(postgresUrl!);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}

/** Waits until the restarted server invited every session of the committed rounds. */
async function invitationsCaughtUp(db: DatabaseHandle['db']): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const waiting = await db
      .selectFrom('sparring_sessions')
      .innerJoin('match_rounds', 'match_rounds.id', 'sparring_sessions.round_id')
      .select('sparring_sessions.id')
      .where('sparring_sessions.state', '=', 'proposed')
      .where('match_rounds.state', '=', 'committed')
      .execute();
    if (waiting.length === 0) return;
    if (Date.now() > deadline)
      throw new Error(`${waiting.length} sessions of committed rounds were never invited`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Waits until the outbox has sent everything; returns the ids of its mails. */
async function drained(db: DatabaseHandle['db']): Promise<string[]> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const rows = await db.selectFrom('outbox').select(['id', 'state']).execute();
    const waiting = rows.filter((row) => row.state !== 'sent');
    if (waiting.length === 0) return rows.map((row) => row.id);
    if (Date.now() > deadline)
      throw new Error(`${waiting.length} mails still ${waiting.map((r) => r.state).join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

describe.each(dialects)('kill -9 during a workload (%s)', (dialect) => {
  let server: RunningServer | undefined;
  let handle: DatabaseHandle | undefined;
  let postgres: Awaited<ReturnType<typeof freshPostgresDatabase>> | undefined;
  let smtp: RunningSmtp | undefined;
  afterAll(async () => {
    await smtp?.close();
    await handle?.db.destroy();
    await server?.stop();
    server?.cleanup();
    await postgres?.drop();
  });

  it(`keeps every acknowledged write and no half-written state, over ${kills} kills`, async () => {
    const random = seededRandom(seed + (dialect === 'postgres' ? 1 : 0));
    postgres = dialect === 'postgres' ? await freshPostgresDatabase() : undefined;
    // A real mail server, so the outbox worker delivers (and is killed mid-delivery) too.
    smtp = await startSmtp();
    const env: Record<string, string> = {
      SMTP_URL: smtp.url,
      ...(postgres ? { DATABASE_URL: postgres.url } : {}),
    };
    server = await startServer(env);
    handle = createDatabase({ databaseUrl: postgres?.url, dataDir: server.dataDir });
    const world = await seedWorld(handle, kills + 1);
    const ledger = emptyLedger();
    const progress: Progress = { signUps: 0, rounds: 0, notes: 0, summaries: 0 };

    for (let life = 1; life <= kills; life += 1) {
      // The first moments of a life are the busiest (every lane starts a write at once).
      const killAfterMs = Math.round(150 + random() * 2_350);
      let die: () => void = () => {};
      const dead = new Promise<void>((resolve) => (die = resolve));
      // A lane that fails while its server lives is a finding; kept until the kill is done.
      const failure = runWorkload(
        server,
        handle.db,
        world,
        ledger,
        progress,
        dead,
        smtp.mails,
      ).then(
        () => undefined,
        (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
      );
      await new Promise((resolve) => setTimeout(resolve, killAfterMs));
      die();
      await server.stop('SIGKILL');
      const error = await failure;
      if (error) {
        console.log(`server output before the kill:\n${server.output().slice(-4_000)}`);
        throw error;
      }
      console.log(
        `${dialect} life ${life}: killed after ${killAfterMs} ms; acknowledged so far: ` +
          `${ledger.profiles.length} profiles, ${ledger.commits.length} commits, ` +
          `${ledger.replies.length} replies, ${ledger.notes.length} note edits, ` +
          `${ledger.consents.length} consents`,
      );

      const restarted = Date.now();
      server = await startServer(env, { dataDir: server.dataDir, port: server.port });
      const started = Date.now();
      await invitationsCaughtUp(handle.db);
      console.log(
        `${dialect} life ${life}: restart ${started - restarted} ms, invitations ${Date.now() - started} ms`,
      );
      const context = `(seed ${seed}, ${dialect}, life ${life}, killed after ${killAfterMs} ms)`;
      expect(await missingWrites(handle.db, ledger), `missing writes ${context}`).toEqual([]);
      expect(await brokenInvariants(handle.db), `half-written state ${context}`).toEqual([]);
      const reader = connectNotesClient(
        server.url,
        world.notesSessionId,
        `ods_session=${world.cookies.get(world.trio[1]!)}`,
      );
      try {
        await reader.synced;
        const text = notesText(reader.doc);
        const lost = ledger.notes.filter((edit) => !text.includes(`>${edit}<`));
        expect(lost, `lost note edits ${context}`).toEqual([]);
      } finally {
        reader.destroy();
      }
    }
    // No mail lost: the outbox drains, and every mail in it arrived. A kill between the SMTP
    // answer and marking the mail sent repeats that one mail (with the same Message-ID, so
    // mail clients show it once); the worker sends one at a time, so one per kill at most.
    const drainStarted = Date.now();
    const outbox = await drained(handle.db);
    console.log(`${dialect}: the outbox drained in ${Date.now() - drainStarted} ms`);
    const messageIds = smtp.mails.map((mail) => mail.messageId);
    const received = new Set(messageIds);
    const lost = outbox.filter((id) => !received.has(`<${id}@127.0.0.1>`));
    expect(lost, `mails never delivered (seed ${seed}, ${dialect})`).toEqual([]);
    const repeats = messageIds.length - received.size;
    console.log(`${dialect}: ${outbox.length} mails delivered, ${repeats} repeated after a kill`);
    expect(repeats).toBeLessThanOrEqual(kills);

    // The workload reached every kind of write at least once over the lives.
    expect(ledger.profiles.length).toBeGreaterThan(0);
    expect(ledger.commits.length).toBeGreaterThan(0);
    expect(ledger.replies.length).toBeGreaterThan(0);
    expect(ledger.notes.length).toBeGreaterThan(0);
    expect(ledger.consents.length).toBeGreaterThan(0);
  });
});
