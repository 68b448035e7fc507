import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Agent } from '../../test-support/agent.ts';
import { testDialects } from '../../test-support/test-app.ts';
import { createNetwork } from '../../domain/networks/networks.repository.ts';
import { createUser } from '../../test-support/fixtures.ts';
import { roomWorld, type RoomWorld } from './room.fixtures.ts';

describe.each(testDialects())('reporting a problem with a session (%s)', (dialect) => {
  let w: RoomWorld;
  beforeEach(async () => {
    w = await roomWorld(dialect);
  });
  afterEach(async () => w.t.close());

  const report = async (email: string, body: unknown) => {
    const agent = new Agent(w.t.app);
    await agent.signIn(email);
    return agent.request('POST', `/api/sessions/${w.sessionId}/reports`, body);
  };

  it('stores the report and mails it to the coordinators, with who sent it', async () => {
    const details = 'Een deelnemer noemt de echte naam van een cliënt.';
    const response = await report('bob@groningen.nl', { kind: 'real-case', details });
    expect(response.statusCode).toBe(201);
    const stored = await w.t.app.db
      .selectFrom('session_reports')
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({
      session_id: w.sessionId,
      reporter_id: w.bob,
      kind: 'real-case',
      details,
    });
    const mail = await w.t.app.db
      .selectFrom('outbox')
      .select(['to_address', 'subject', 'text_body'])
      .where('kind', '=', 'session-report')
      .executeTakeFirstOrThrow();
    expect(mail.to_address).toBe('coordinator@example.nl');
    expect(mail.text_body).toContain(details);
    expect(mail.text_body).toContain('Bob · Groningen (bob@groningen.nl)');
    expect(mail.text_body).toContain(`/sessies/${w.sessionId}`);
  });

  it('mails only the coordinators of the session’s network, not those of another network', async () => {
    const other = await createNetwork(w.t.app.db, { name: 'Ander netwerk' }, w.t.clock.now());
    await createUser(w.t.app, { email: 'ander@example.nl', role: 'coordinator', networkId: other });
    const response = await report('ann@amsterdam.nl', { kind: 'behaviour', details: 'Onrustig.' });
    expect(response.statusCode).toBe(201);
    const mails = await w.t.app.db
      .selectFrom('outbox')
      .select('to_address')
      .where('kind', '=', 'session-report')
      .execute();
    expect(mails.map((m) => m.to_address)).toEqual(['coordinator@example.nl']);
  });

  it('is only for the participants, and needs a description', async () => {
    expect((await report('olga@vlieland.nl', { kind: 'behaviour', details: 'x' })).statusCode).toBe(
      403,
    );
    const empty = await report('ann@amsterdam.nl', { kind: 'behaviour', details: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toMatchObject({
      fields: { details: 'Beschrijf kort wat er aan de hand is.' },
    });
    expect((await report('ann@amsterdam.nl', { kind: 'gossip', details: 'x' })).statusCode).toBe(
      400,
    );
    const anonymous = await new Agent(w.t.app).request(
      'POST',
      `/api/sessions/${w.sessionId}/reports`,
      {
        kind: 'behaviour',
        details: 'x',
      },
    );
    expect(anonymous.statusCode).toBe(401);
    expect(await w.t.app.db.selectFrom('session_reports').selectAll().execute()).toEqual([]);
  });

  it('keeps a report without its sender when the sender deletes their data', async () => {
    await report('bob@groningen.nl', { kind: 'behaviour', details: 'Onvriendelijk gedrag.' });
    await w.t.app.db.deleteFrom('users').where('id', '=', w.bob).execute();
    const stored = await w.t.app.db
      .selectFrom('session_reports')
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(stored.reporter_id).toBeNull();
  });
});
