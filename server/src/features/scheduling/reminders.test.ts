import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Agent } from '../../test-support/agent.ts';
import { createTestApp, testDialects, type TestApp } from '../../test-support/test-app.ts';
import {
  createCommittedSession,
  createPeople,
  outboxMails,
  replyToken,
} from './scheduling.fixtures.ts';

const START_MS = Date.parse('2026-12-01T13:00:00.000Z');

describe.each(testDialects())('reminders and quorum (%s)', (dialect) => {
  let t: TestApp;
  let sessionId: string;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    const ids = await createPeople(t.app, ['Ann', 'Bob', 'Cas']);
    sessionId = await createCommittedSession(t.app, ids);
    await t.app.scheduler.runOnce();
  });
  afterEach(async () => t.close());

  const travelTo = (ms: number) => {
    t.clock.current = new Date(ms);
  };
  const accept = async (email: string) =>
    new Agent(t.app).request('POST', '/api/replies', {
      token: await replyToken(t.app, email, 'accept'),
    });
  const state = async () =>
    t.app.db
      .selectFrom('sparring_sessions')
      .select(['state', 'cancel_reason'])
      .where('id', '=', sessionId)
      .executeTakeFirstOrThrow();

  it('reminds 24 hours and 15 minutes before, each once, with the join link; not who opted out', async () => {
    for (const email of ['ann@example.nl', 'bob@example.nl', 'cas@example.nl']) await accept(email);
    await t.app.db
      .updateTable('users')
      .set({ mail_reminders: 0 })
      .where('email', '=', 'cas@example.nl')
      .execute();

    travelTo(START_MS - 24 * 3_600_000);
    await t.app.scheduler.runOnce();
    await t.app.scheduler.runOnce();
    const daily = await outboxMails(t.app, { kind: 'reminder-24h' });
    expect(daily.map((m) => m.to_address).sort()).toEqual(['ann@example.nl', 'bob@example.nl']);
    expect(daily[0]!.text_body).toContain(`http://localhost:3000/sessies/${sessionId}`);

    travelTo(START_MS - 15 * 60_000);
    await t.app.scheduler.runOnce();
    travelTo(START_MS - 5 * 60_000);
    await t.app.scheduler.runOnce();
    expect(await outboxMails(t.app, { kind: 'reminder-15m' })).toHaveLength(2);
    expect(await outboxMails(t.app, { kind: 'reminder-24h' })).toHaveLength(2);
  });

  it('confirms with three accepts; without quorum by the deadline it refills, then cancels in time', async () => {
    await accept('ann@example.nl');
    travelTo(START_MS - 48 * 3_600_000);
    await t.app.scheduler.runOnce();
    // Still hopeful: the others may answer; a last check follows a day before.
    expect(await state()).toEqual({ state: 'invited', cancel_reason: null });

    travelTo(START_MS - 24 * 3_600_000);
    await t.app.scheduler.runOnce();
    expect(await state()).toEqual({ state: 'cancelled', cancel_reason: 'no-quorum' });
    const told = await outboxMails(t.app, { kind: 'invitation-cancel' });
    expect(told.map((m) => m.to_address).sort()).toEqual([
      'ann@example.nl',
      'bob@example.nl',
      'cas@example.nl',
    ]);
    expect(told[0]!.text_body).toContain('te weinig deelnemers op tijd bevestigd');
    expect(await outboxMails(t.app, { kind: 'reminder-24h' })).toHaveLength(0);
  });

  it('survives a restart: jobs live in the database, not in timers', async () => {
    for (const email of ['ann@example.nl', 'bob@example.nl', 'cas@example.nl']) await accept(email);
    const pending = await t.app.db
      .selectFrom('scheduled_jobs')
      .select(['kind', 'state'])
      .where('session_id', '=', sessionId)
      .execute();
    expect(pending.filter((j) => j.kind === 'reminder-24h' && j.state === 'pending')).toHaveLength(
      3,
    );
  });
});
