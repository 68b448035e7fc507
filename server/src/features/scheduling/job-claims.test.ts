import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { openSharedDatabase, type SharedDatabase } from '../../test-support/shared-database.ts';
import { testDialects } from '../../test-support/test-app.ts';
import { claimJob } from './jobs.repository.ts';

const now = new Date('2026-12-01T09:00:00.000Z');

/** Due jobs that do nothing, as many as asked for. */
async function addJobs(shared: SharedDatabase, count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, () => randomUUID());
  await shared.handles[0]!.db.insertInto('scheduled_jobs')
    .values(
      ids.map((id) => ({
        id,
        kind: 'marker' as const,
        key: `test:${id}`,
        session_id: null,
        user_id: null,
        run_at: now.toISOString(),
        last_error: null,
        created_at: now.toISOString(),
        finished_at: null,
      })),
    )
    .execute();
  return ids;
}

describe.each(testDialects())('scheduled jobs claimed by several app instances (%s)', (dialect) => {
  let shared: SharedDatabase | undefined;
  afterEach(async () => {
    await shared?.close();
    shared = undefined;
  });

  it('claims every job exactly once when many claim at once', async () => {
    // SQLite handles in one thread cannot wait for each other's write lock: one there.
    shared = await openSharedDatabase(dialect, dialect === 'postgres' ? 5 : 1);
    const ids = await addJobs(shared, 40);
    const claims = await Promise.all(
      Array.from({ length: 5 }, async (_, instance) => {
        const db = shared!.handles[instance % shared!.handles.length]!.db;
        const won: string[] = [];
        // Each instance goes through the jobs in its own order.
        const order = [...ids].sort(() => (instance % 2 === 0 ? 1 : -1));
        await Promise.all(
          order.map(async (id) => {
            const claimed = await db.transaction().execute((trx) => claimJob(trx, id, now));
            if (claimed) won.push(id);
          }),
        );
        return won;
      }),
    );
    const all = claims.flat();
    expect(all.length).toBe(ids.length);
    expect(new Set(all).size).toBe(ids.length);
  });
});

// Row locks that wait are PostgreSQL's; SQLite has one writer at a time anyway.
describe.each(testDialects().filter((d) => d === 'postgres'))(
  'a job another instance is running (%s)',
  (dialect) => {
    let shared: SharedDatabase | undefined;
    afterEach(async () => {
      await shared?.close();
      shared = undefined;
    });

    it('passes over a job another instance is running instead of waiting for it', async () => {
      shared = await openSharedDatabase(dialect, 2);
      const [id] = await addJobs(shared, 1);
      const [first, second] = shared.handles;
      let finish = () => {};
      const running = new Promise<void>((resolve) => (finish = resolve));
      let claimedFirst: (value: boolean) => void = () => {};
      const firstClaimed = new Promise<boolean>((resolve) => (claimedFirst = resolve));
      // The first instance claims the job and is still doing its work (transaction open).
      const firstRun = first!.db.transaction().execute(async (trx) => {
        claimedFirst(await claimJob(trx, id!, now));
        await running;
      });
      expect(await firstClaimed).toBe(true);
      const secondClaim = second!.db.transaction().execute((trx) => claimJob(trx, id!, now));
      // Bounded: a claim that waits for the lock would hang until the first run ends.
      const answer = await Promise.race([
        secondClaim,
        new Promise<'waits'>((resolve) => setTimeout(() => resolve('waits'), 10_000).unref()),
      ]);
      finish();
      await firstRun;
      await secondClaim;
      expect(answer).toBe(false);
    });
  },
);
