import { spawnSync } from 'node:child_process';
import nodemailer from 'nodemailer';
import { afterEach, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import { systemClock } from '../../lib/time.ts';
import { openSharedDatabase, type SharedDatabase } from '../../test-support/shared-database.ts';
import { startSmtp } from '../../test-support/smtp.ts';
import { testDialects } from '../../test-support/test-app.ts';
import { createOutboxWorker, thisProcess, type OutboxWorker } from './outbox-worker.ts';
import { enqueueMail } from './outbox.ts';

type Smtp = Awaited<ReturnType<typeof startSmtp>>;

/** An outbox worker as each app instance has one, with its own SMTP connection. */
function instanceWorker(db: Kysely<Database>, smtp: Smtp): OutboxWorker {
  return createOutboxWorker({
    db,
    transport: nodemailer.createTransport({ url: `smtp://127.0.0.1:${smtp.port}` }),
    from: 'Over de schutting <noreply@example.nl>',
    publicHost: 'localhost',
    clock: systemClock,
    onError: () => {},
  });
}

async function enqueue(db: Kysely<Database>, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1)
    ids.push(
      await enqueueMail(
        db,
        { kind: 'test', to: `p${i}@example.nl`, subject: `Bericht ${i}`, text: `Tekst ${i}` },
        new Date(),
      ),
    );
  return ids;
}

/** How often each outbox id arrived (the Message-ID is derived from it). */
function arrivals(smtp: Smtp): Map<string, number> {
  const counts = new Map<string, number>();
  for (const mail of smtp.received) {
    const id = /^<([^@]+)@/.exec(mail.messageId)?.[1] ?? mail.messageId;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

describe.each(testDialects())('the outbox of several app instances (%s)', (dialect) => {
  let shared: SharedDatabase | undefined;
  let smtp: Smtp | undefined;
  afterEach(async () => {
    await shared?.close();
    await smtp?.close();
    shared = undefined;
    smtp = undefined;
  });

  // Before the lease, every instance's first run put all 'sending' mail back to 'pending':
  // an instance starting (or restarting) while another was in the middle of an SMTP
  // conversation sent that mail a second time.
  it('an instance that starts while another sends a mail does not send it again', async () => {
    shared = await openSharedDatabase(dialect, 1);
    smtp = await startSmtp();
    const db = shared.handles[0]!.db;
    const [id] = await enqueue(db, 1);
    let release = () => {};
    smtp.state.hold = new Promise<void>((resolve) => (release = resolve));
    const first = instanceWorker(db, smtp);
    const firstRun = first.runOnce();
    // The first instance is in the SMTP conversation: the server has the message, no answer.
    await expect.poll(() => smtp!.state.arriving, { timeout: 20_000 }).toBe(1);

    const second = instanceWorker(db, smtp);
    const secondRun = second.runOnce();
    // The second run ends at once, or (as before the fix) sends the mail too; either way
    // the server is let go once one of these happened.
    await Promise.race([
      secondRun,
      expect.poll(() => smtp!.state.arriving, { timeout: 20_000 }).toBe(2),
    ]);
    release();
    expect(await secondRun).toBe(0);
    expect(await firstRun).toBe(1);
    expect(arrivals(smtp).get(id!)).toBe(1);
    const row = await db
      .selectFrom('outbox')
      .select(['state', 'lease_until'])
      .where('id', '=', id!)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ state: 'sent', lease_until: null });
  });

  it('sends again a mail whose instance died mid-send: after its lease, or at once on its host', async () => {
    shared = await openSharedDatabase(dialect, 1);
    smtp = await startSmtp();
    const db = shared.handles[0]!.db;
    const [leaseRanOut, elsewhere, killedHere, earlierLife] = await enqueue(db, 4);
    const at = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
    // A process of this host that has ended: its pid is free.
    const { pid: deadPid } = spawnSync(process.execPath, ['-e', '']);
    // What claims look like when their instance was killed during the SMTP call.
    const claims = [
      { id: leaseRanOut!, lease: at(-1), by: 'other-host 7 a1' },
      // Another host's instance, within its lease: it may well be sending still.
      { id: elsewhere!, lease: at(9), by: 'other-host 7 a1' },
      { id: killedHere!, lease: at(9), by: `${thisProcess.host} ${deadPid} b2` },
      // This pid in an earlier start (a restarted container's process is pid 1 again).
      { id: earlierLife!, lease: at(9), by: `${thisProcess.host} ${process.pid} c3` },
    ];
    for (const claim of claims)
      await db
        .updateTable('outbox')
        .set({ state: 'sending', attempts: 1, lease_until: claim.lease, claimed_by: claim.by })
        .where('id', '=', claim.id)
        .execute();
    expect(await instanceWorker(db, smtp).runOnce()).toBe(3);
    expect([...arrivals(smtp).keys()].sort()).toEqual(
      [leaseRanOut, killedHere, earlierLife].sort(),
    );
    // Keyed by id: the four mails share one created_at, so no order of rows is given.
    const rows = await db.selectFrom('outbox').select(['id', 'state']).execute();
    expect(Object.fromEntries(rows.map((row) => [row.id, row.state]))).toEqual({
      [leaseRanOut!]: 'sent',
      [elsewhere!]: 'sending',
      [killedHere!]: 'sent',
      [earlierLife!]: 'sent',
    });
  });

  // Many pools on one PostgreSQL database are what several instances are. SQLite handles in
  // one thread cannot wait for each other's write lock, so there the workers share one.
  it('many instances delivering at once deliver every mail exactly once', async () => {
    const instances = 6;
    shared = await openSharedDatabase(dialect, dialect === 'postgres' ? instances : 1);
    smtp = await startSmtp();
    const ids = await enqueue(shared.handles[0]!.db, 150);
    const workers = Array.from({ length: instances }, (_, i) =>
      instanceWorker(shared!.handles[i % shared!.handles.length]!.db, smtp!),
    );
    const delivered = await Promise.all(
      workers.map(async (worker) => {
        let total = 0;
        // Each instance runs until it finds nothing left (at most 50 a run).
        for (;;) {
          const sent = await worker.runOnce();
          total += sent;
          if (sent === 0) return total;
        }
      }),
    );
    expect(delivered.reduce((a, b) => a + b, 0)).toBe(ids.length);
    const counts = arrivals(smtp);
    expect(counts.size).toBe(ids.length);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    const states = await shared.handles[0]!.db.selectFrom('outbox')
      .select((eb) => ['state', eb.fn.countAll<number>().as('n')])
      .groupBy('state')
      .execute();
    expect(states.map((s) => ({ state: s.state, n: Number(s.n) }))).toEqual([
      { state: 'sent', n: ids.length },
    ]);
  });
});
