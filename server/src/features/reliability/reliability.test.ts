import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Agent, latestToken } from '../../test-support/agent.ts';
import { createSession, createUser } from '../../test-support/fixtures.ts';
import { createTestApp, testDialects, type TestApp } from '../../test-support/test-app.ts';
import { recordNoShows } from './no-shows.ts';

describe.each(testDialects())('no-shows and the way back (%s)', (dialect) => {
  let t: TestApp;
  let ann: string;
  let bob: string;
  let cas: string;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    ann = await createUser(t.app, { email: 'ann@amsterdam.nl', organisationId: 'GM0363' });
    bob = await createUser(t.app, { email: 'bob@groningen.nl', organisationId: 'GM0014' });
    cas = await createUser(t.app, { email: 'cas@vlieland.nl', organisationId: 'GM0096' });
  });
  afterEach(async () => t.close());

  /** A held session in the past in which the given people joined the room. */
  async function heldSession(startsAt: string, joined: string[], declined: string[] = []) {
    const id = await createSession(t.app, {
      participants: [ann, bob, cas].map((userId) => ({ userId })),
      startsAt,
      state: 'held',
    });
    for (const userId of joined) {
      await t.app.db
        .insertInto('attendance')
        .values({
          id: randomUUID(),
          session_id: id,
          user_id: userId,
          participant_sid: `PA_${randomUUID()}`,
          joined_at: startsAt,
          left_at: null,
        })
        .execute();
    }
    for (const userId of declined) {
      await t.app.db
        .updateTable('session_participants')
        .set({ reply: 'declined' })
        .where('session_id', '=', id)
        .where('user_id', '=', userId)
        .execute();
    }
    return id;
  }

  const status = async (userId: string) =>
    (
      await t.app.db
        .selectFrom('users')
        .select('pool_status')
        .where('id', '=', userId)
        .executeTakeFirstOrThrow()
    ).pool_status;

  it('records a no-show only for who neither came nor declined, once', async () => {
    await heldSession('2026-11-10T13:00:00.000Z', [ann], [bob]);
    expect((await recordNoShows(t.app.db, t.clock.now(), t.config.publicUrl)).recorded).toBe(1);
    expect((await recordNoShows(t.app.db, t.clock.now(), t.config.publicUrl)).recorded).toBe(0);
    const rows = await t.app.db.selectFrom('no_shows').select('user_id').execute();
    expect(rows).toEqual([{ user_id: cas }]);
  });

  it('says nothing about anyone when nobody used the room', async () => {
    await heldSession('2026-11-10T13:00:00.000Z', []);
    expect((await recordNoShows(t.app.db, t.clock.now(), t.config.publicUrl)).recorded).toBe(0);
  });

  it('pauses after two no-shows, asks by mail, and one click on the link resumes', async () => {
    await heldSession('2026-11-03T13:00:00.000Z', [ann, bob]);
    expect((await recordNoShows(t.app.db, t.clock.now(), t.config.publicUrl)).paused).toEqual([]);
    await heldSession('2026-11-10T13:00:00.000Z', [ann, bob]);
    expect((await recordNoShows(t.app.db, t.clock.now(), t.config.publicUrl)).paused).toEqual([
      cas,
    ]);
    expect(await status(cas)).toBe('paused');

    const mail = await t.app.db
      .selectFrom('outbox')
      .select(['subject', 'text_body'])
      .where('to_address', '=', 'cas@vlieland.nl')
      .executeTakeFirstOrThrow();
    expect(mail.subject).toContain('nog meedoen');
    expect(mail.text_body).toContain('/weer-meedoen#token=');

    const token = await latestToken(t.app, 'cas@vlieland.nl');
    const anonymous = new Agent(t.app);
    const resumed = await anonymous.request('POST', '/api/pool/resume', { token });
    expect(resumed.statusCode).toBe(200);
    expect(await status(cas)).toBe('active');
    // Clicked again (a double click, a second device): the same answer, nothing changes.
    const resetAt = async () =>
      (
        await t.app.db
          .selectFrom('users')
          .select('reliability_reset_at')
          .where('id', '=', cas)
          .executeTakeFirstOrThrow()
      ).reliability_reset_at;
    const firstReset = await resetAt();
    const again = await anonymous.request('POST', '/api/pool/resume', { token });
    expect({ status: again.statusCode, body: again.json() }).toEqual({
      status: 200,
      body: resumed.json(),
    });
    expect(await resetAt()).toBe(firstReset);
    // Once they paused again, the old link does not bring them back.
    await t.app.db
      .updateTable('users')
      .set({ pool_status: 'paused' })
      .where('id', '=', cas)
      .execute();
    expect((await anonymous.request('POST', '/api/pool/resume', { token })).json()).toMatchObject({
      code: 'LINK_INVALID',
    });
    await t.app.db
      .updateTable('users')
      .set({ pool_status: 'active' })
      .where('id', '=', cas)
      .execute();

    // The old no-shows no longer count after resuming: one new one does not pause again.
    t.clock.advanceMinutes(60);
    await heldSession('2026-11-17T13:00:00.000Z', [ann, bob]);
    t.clock.advanceMinutes(60 * 24 * 30);
    expect((await recordNoShows(t.app.db, t.clock.now(), t.config.publicUrl)).paused).toEqual([]);
    expect(await status(cas)).toBe('active');
  });
});
