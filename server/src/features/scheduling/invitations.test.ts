import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, testDialects, type TestApp } from '../../test-support/test-app.ts';
import { createCommittedSession, createPeople, outboxMails } from './scheduling.fixtures.ts';

describe.each(testDialects())('invitations (%s)', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => t.close());

  it('invites a committed session once: one mail per person, in their language, with the invitation attached', async () => {
    const ids = await createPeople(t.app, ['Ann', 'Bob', 'Cas']);
    await t.app.db.updateTable('users').set({ language: 'en' }).where('id', '=', ids[2]!).execute();
    const sessionId = await createCommittedSession(t.app, ids);

    expect(await t.app.scheduler.runOnce()).toMatchObject({ invited: 1 });
    expect(await t.app.scheduler.runOnce()).toMatchObject({ invited: 0 });

    const session = await t.app.db
      .selectFrom('sparring_sessions')
      .selectAll()
      .where('id', '=', sessionId)
      .executeTakeFirstOrThrow();
    expect(session.state).toBe('invited');
    const mails = await outboxMails(t.app, { kind: 'invitation' });
    expect(mails.map((m) => m.to_address).sort()).toEqual([
      'ann@example.nl',
      'bob@example.nl',
      'cas@example.nl',
    ]);
    const dutch = mails.find((m) => m.to_address === 'ann@example.nl')!;
    const english = mails.find((m) => m.to_address === 'cas@example.nl')!;
    expect(dutch.subject).toMatch(
      /^Uitnodiging: sparsessie Schuldhulpverlening, dinsdag 1 december 14:00/,
    );
    expect(english.subject).toMatch(
      /^Invitation: sparring session Debt assistance, Tuesday 1 December 14:00/,
    );
    expect(dutch.text_body).toContain(`http://localhost:3000/sessies/${sessionId}`);
    expect(dutch.text_body).toContain('Waarom deze groep: Schuldhulpverlening');
    // Ann facilitates, and her invitation says so; Bob's does not.
    expect(dutch.text_body).toContain('Jij bent de gespreksleider');
    expect(dutch.text_body).toContain('http://localhost:3000/gespreksleider');
    const bob = mails.find((m) => m.to_address === 'bob@example.nl')!;
    expect(bob.text_body).not.toContain('gespreksleider');
    expect(dutch.text_body.match(/\/antwoord\//g)).toHaveLength(2);
    expect(dutch.html_body).toContain('Ik kan niet');
    expect(JSON.parse(dutch.headers)).toEqual({
      'List-Unsubscribe': '<http://localhost:3000/account#mail>',
    });
    const [ics] = JSON.parse(dutch.attachments) as { content: string; method: string }[];
    expect(ics!.method).toBe('REQUEST');
    expect(ics!.content).toContain(`UID:${sessionId}@localhost`);
    expect(ics!.content).toContain('DTSTART;TZID=Europe/Amsterdam:20261201T140000');
    expect(ics!.content).toContain('BEGIN:VTIMEZONE');
    expect(ics!.content).toContain('BEGIN:VALARM');
  });

  it('describes the case only once it passed the personal-data guard', async () => {
    const ids = await createPeople(t.app, ['Ann', 'Bob', 'Cas']);
    const sessionId = await createCommittedSession(t.app, ids);
    const caseId = crypto.randomUUID();
    const stamp = new Date().toISOString();
    await t.app.db
      .insertInto('cases')
      .values({
        id: caseId,
        owner_id: ids[0]!,
        title: 'Schulden en een nieuwe baan',
        topic_slug: 'schuldhulpverlening',
        situation: 'Een fictieve situatie.',
        question: 'Hoe houden we de regeling vol?',
        size_class: null,
        state: 'used',
        created_at: stamp,
        updated_at: stamp,
        ready_at: stamp,
      })
      .execute();
    await t.app.db
      .updateTable('sparring_sessions')
      .set({ case_id: caseId })
      .where('id', '=', sessionId)
      .execute();
    await t.app.scheduler.runOnce();
    const [mail] = await outboxMails(t.app, { to: 'bob@example.nl' });
    expect(mail!.text_body).toContain(
      'Schulden en een nieuwe baan. Hoe houden we de regeling vol?',
    );
  });

  it('leaves sessions of rounds that are not committed alone', async () => {
    const ids = await createPeople(t.app, ['Ann', 'Bob', 'Cas']);
    const sessionId = await createCommittedSession(t.app, ids);
    await t.app.db.updateTable('match_rounds').set({ state: 'proposed' }).execute();
    expect(await t.app.scheduler.runOnce()).toMatchObject({ invited: 0 });
    const session = await t.app.db
      .selectFrom('sparring_sessions')
      .select('state')
      .where('id', '=', sessionId)
      .executeTakeFirstOrThrow();
    expect(session.state).toBe('proposed');
    expect(await outboxMails(t.app)).toHaveLength(0);
  });
});
