import { formatSlotTime } from '../../core/matcher/amsterdam-time.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Agent } from '../../test-support/agent.ts';
import { createUser } from '../../test-support/fixtures.ts';
import { createTestApp, testDialects, type TestApp } from '../../test-support/test-app.ts';
import {
  createCommittedSession,
  createPeople,
  outboxMails,
  replyToken,
} from './scheduling.fixtures.ts';

const calendarOf = (mail: { attachments: string }) =>
  (JSON.parse(mail.attachments) as { content: string }[])[0]!.content;

describe.each(testDialects())('declines (%s)', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => t.close());

  const session = (id: string) =>
    t.app.db
      .selectFrom('sparring_sessions')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  const members = async (id: string) =>
    (
      await t.app.db
        .selectFrom('session_participants')
        .innerJoin('users', 'users.id', 'session_participants.user_id')
        .select('users.name')
        .where('session_id', '=', id)
        .where('removed_at', 'is', null)
        .orderBy('users.name')
        .execute()
    ).map((r) => r.name);

  async function decline(email: string, body: Record<string, string> = {}) {
    const token = await replyToken(t.app, email, 'decline');
    return new Agent(t.app).request('POST', '/api/replies', { token, ...body });
  }

  it('a decline finds a substitute from the pool who fits the same rules for that slot', async () => {
    const ids = await createPeople(t.app, ['Ann', 'Bob', 'Cas']);
    await createUser(t.app, { email: 'eva@example.nl', name: 'Eva', organisationId: 'GM0363' }); // Ann's municipality
    await createUser(t.app, {
      email: 'fay@example.nl',
      name: 'Fay',
      organisationId: 'GM0599',
      availability: [{ weekday: 3, startMinute: 540, endMinute: 1020 }], // Wednesdays only
    });
    await createUser(t.app, {
      email: 'gus@example.nl',
      name: 'Gus',
      organisationId: 'GM0518',
      topics: [{ slug: 'jeugdhulp', level: 'ervaren' }],
    });
    await createUser(t.app, { email: 'dirk@example.nl', name: 'Dirk', organisationId: 'GM0034' });
    const sessionId = await createCommittedSession(t.app, ids);
    await t.app.scheduler.runOnce();
    const before = await session(sessionId);

    const answer = await decline('bob@example.nl', {
      reason: 'Teamoverleg',
      betterMoment: 'donderdagochtend',
    });
    expect(answer.json()).toMatchObject({ reply: 'declined', state: 'invited' });
    expect(await members(sessionId)).toEqual(['Ann', 'Cas', 'Dirk']);
    const bob = await t.app.db
      .selectFrom('session_participants')
      .selectAll()
      .where('user_id', '=', ids[1]!)
      .executeTakeFirstOrThrow();
    expect(bob).toMatchObject({
      reply: 'declined',
      reply_reason: 'Teamoverleg',
      better_moment: 'donderdagochtend',
    });

    const [cancel] = await outboxMails(t.app, { to: 'bob@example.nl', kind: 'invitation-cancel' });
    expect(calendarOf(cancel!)).toContain('METHOD:CANCEL');
    expect(calendarOf(cancel!)).toContain(`UID:${sessionId}@localhost`);
    const [invite] = await outboxMails(t.app, { to: 'dirk@example.nl', kind: 'invitation' });
    expect(invite!.subject).toMatch(/^Uitnodiging/);
    expect(calendarOf(invite!)).toContain('METHOD:REQUEST');
    expect(calendarOf(invite!)).toContain(`SEQUENCE:${before.sequence + 2}`);
    for (const email of ['eva@example.nl', 'fay@example.nl', 'gus@example.nl'])
      expect(await outboxMails(t.app, { to: email })).toHaveLength(0);
  });

  it('a decline that leaves too few, with no substitute and no other slot, cancels for everyone', async () => {
    const ids = await createPeople(t.app, ['Ann', 'Bob', 'Cas']);
    const sessionId = await createCommittedSession(t.app, ids);
    await t.app.scheduler.runOnce();

    const answer = await decline('cas@example.nl');
    expect(answer.json()).toMatchObject({ reply: 'declined', state: 'cancelled' });
    const cancelled = await session(sessionId);
    expect(cancelled).toMatchObject({
      state: 'cancelled',
      cancel_reason: 'too-few-after-declines',
    });
    for (const email of ['ann@example.nl', 'bob@example.nl']) {
      const [mail] = await outboxMails(t.app, { to: email, kind: 'invitation-cancel' });
      expect(mail!.text_body).toContain('gaat niet door');
      expect(calendarOf(mail!)).toContain('METHOD:CANCEL');
      expect(calendarOf(mail!)).toContain('STATUS:CANCELLED');
      expect(calendarOf(mail!)).toContain(`UID:${sessionId}@localhost`);
      expect(calendarOf(mail!)).toContain(`SEQUENCE:${cancelled.sequence}`);
    }
    // Nobody is reminded of a session that is off.
    t.clock.advanceMinutes(8 * 24 * 60 - 30);
    await t.app.scheduler.runOnce();
    expect(await outboxMails(t.app, { kind: 'reminder-24h' })).toHaveLength(0);
  });

  it('moves the group to another common slot when only there a substitute fits', async () => {
    const both = [
      { weekday: 2, startMinute: 540, endMinute: 1020 },
      { weekday: 4, startMinute: 540, endMinute: 1020 },
    ];
    const ids = await createPeople(t.app, ['Ann', 'Bob', 'Cas'], { availability: both });
    await createUser(t.app, {
      email: 'dirk@example.nl',
      name: 'Dirk',
      organisationId: 'GM0034',
      availability: [{ weekday: 4, startMinute: 540, endMinute: 1020 }],
    });
    const sessionId = await createCommittedSession(t.app, ids);
    // "Waarom deze groep" as the matcher writes it: ending with the time it found.
    const at = formatSlotTime(Date.parse((await session(sessionId)).starts_at));
    await t.app.db
      .updateTable('sparring_sessions')
      .set({
        explanation_nl: `Schuldhulpverlening · 3 gemeenten in 3 provincies · ${at.nl}`,
        explanation_en: `Debt assistance · 3 municipalities in 3 provinces · ${at.en}`,
      })
      .where('id', '=', sessionId)
      .execute();
    await t.app.scheduler.runOnce();
    const before = await session(sessionId);

    expect((await decline('bob@example.nl')).json()).toMatchObject({ state: 'moved' });
    const moved = await session(sessionId);
    // Wednesday 25 November is the first day two working days ahead; Thursday 26th 09:00 the first common slot.
    expect(moved.starts_at).toBe('2026-11-26T08:00:00.000Z');
    expect(moved.sequence).toBeGreaterThan(before.sequence);
    expect(await members(sessionId)).toEqual(['Ann', 'Cas', 'Dirk']);
    const [update] = await outboxMails(t.app, { to: 'ann@example.nl', kind: 'invitation-update' });
    expect(calendarOf(update!)).toContain(`UID:${sessionId}@localhost`);
    expect(calendarOf(update!)).toContain(`SEQUENCE:${moved.sequence}`);
    expect(calendarOf(update!)).toContain('DTSTART;TZID=Europe/Amsterdam:20261126T090000');
    // The explanation names the new time, not the old one.
    expect(moved.explanation_nl).toBe(
      'Schuldhulpverlening · 3 gemeenten in 3 provincies · donderdag 26 november 09:00',
    );
    expect(moved.explanation_en).toMatch(/· Thursday 26 November 09:00$/);
    expect(update!.text_body).toContain(
      'Waarom deze groep: Schuldhulpverlening · 3 gemeenten in 3 provincies · donderdag 26 november 09:00',
    );
    expect(await outboxMails(t.app, { to: 'dirk@example.nl', kind: 'invitation' })).toHaveLength(1);
  });

  it('never takes a coordinator or an admin as a substitute, however well they fit', async () => {
    const ids = await createPeople(t.app, ['Ann', 'Bob', 'Cas']);
    await createUser(t.app, {
      email: 'kim@example.nl',
      name: 'Kim',
      organisationId: 'GM0034',
      role: 'coordinator',
    });
    await createUser(t.app, {
      email: 'lot@example.nl',
      name: 'Lot',
      organisationId: 'GM0014',
      role: 'admin',
    });
    const sessionId = await createCommittedSession(t.app, ids);
    await t.app.scheduler.runOnce();
    await decline('bob@example.nl');
    expect(await members(sessionId)).toEqual(['Ann', 'Cas']);
  });

  it('lets a coordinator cancel a session for everyone', async () => {
    const ids = await createPeople(t.app, ['Ann', 'Bob', 'Cas']);
    await createUser(t.app, { email: 'coordinator@example.nl', role: 'coordinator' });
    const sessionId = await createCommittedSession(t.app, ids);
    await t.app.scheduler.runOnce();
    const participant = new Agent(t.app);
    await participant.signIn('ann@example.nl');
    expect(
      (await participant.request('POST', `/api/sessions/${sessionId}/cancel`)).statusCode,
    ).toBe(403);
    const coordinator = new Agent(t.app);
    await coordinator.signIn('coordinator@example.nl');
    expect(
      (await coordinator.request('POST', `/api/sessions/${sessionId}/cancel`)).statusCode,
    ).toBe(204);
    expect(await session(sessionId)).toMatchObject({
      state: 'cancelled',
      cancel_reason: 'by-coordinator',
    });
    expect(await outboxMails(t.app, { kind: 'invitation-cancel' })).toHaveLength(3);
  });
});
