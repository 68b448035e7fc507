import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enqueueMail } from '../../plugins/mail/outbox.ts';
import { createTestApp, testDialects, type TestApp } from '../../test-support/test-app.ts';

describe.each(testDialects())('the development outbox (%s)', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    // An old sign-in mail, then 120 newer mails to someone else.
    const mail = (to: string, kind: string, i: number) => ({
      kind,
      to,
      subject: `Mail ${i}`,
      text: `Tekst ${i}`,
    });
    await enqueueMail(t.app.db, mail('old@example.nl', 'login', 0), t.clock.now());
    for (let i = 1; i <= 120; i += 1)
      await enqueueMail(t.app.db, mail('busy@example.nl', 'invitation', i), t.clock.now());
  });
  afterEach(async () => t.close());

  const get = async (query: string) =>
    (await t.app.inject({ method: 'GET', url: `/api/dev/outbox${query}` })).json<
      { to: string; subject: string }[]
    >();

  it('finds a mail older than the newest hundred by its address or kind', async () => {
    expect((await get('?to=Old@example.nl')).map((m) => m.subject)).toEqual(['Mail 0']);
    expect((await get('?kind=login')).map((m) => m.to)).toEqual(['old@example.nl']);
  });

  it('pages back, a hundred at a time, newest first', async () => {
    const first = await get('');
    expect(first).toHaveLength(100);
    expect(first[0]?.subject).toBe('Mail 120');
    const second = await get('?page=2');
    expect(second.map((m) => m.subject)).toEqual([
      ...Array.from({ length: 20 }, (_, i) => `Mail ${20 - i}`),
      'Mail 0',
    ]);
    const html = await t.app.inject({ method: 'GET', url: '/dev/outbox?to=busy@example.nl' });
    expect(html.body).toContain('href="/dev/outbox?to=busy%40example.nl&amp;page=2"');
    expect((await t.app.inject({ method: 'GET', url: '/api/dev/outbox?page=x' })).statusCode).toBe(
      400,
    );
  });
});
