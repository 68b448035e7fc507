import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type DatabaseHandle } from '@ods/db';
import type { RoundSessions } from '@ods/shared';
import { createSession as createAuthSession } from '@ods/server/plugins/auth/session-store';
import { expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { apiFromPage } from './support/page-api.ts';
import { proposeRoundOnPage, ROUNDS } from './support/rounds.ts';
import { seedTinyPool } from './support/seed.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { signIn } from './support/sign-in.ts';

describe('a committed round shows a session its group moved', () => {
  let server: RunningServer;
  let browser: Browser;
  let database: DatabaseHandle;

  beforeAll(async () => {
    server = await startServer();
    database = createDatabase({ dataDir: server.dataDir });
    await seedTinyPool(database, { email: 'coco@tiny.example', name: 'Coco' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await database?.db.destroy();
    await server?.stop();
    server?.cleanup();
  });

  it('says "Verplaatst naar" with the new time once everyone in the group agreed to it', async () => {
    const page = await signIn(browser, server, 'coco@tiny.example');
    const roundId = await proposeRoundOnPage(page, server);
    await page.getByRole('button', { name: 'Ronde vastleggen' }).click();
    await page.getByRole('heading', { level: 2, name: /^Vastgelegde ronde van / }).waitFor();

    // The inviter sends the invitations within seconds; only then may the group move it.
    const states = async () =>
      (await apiFromPage<RoundSessions>(page, 'GET', `/api/rounds/${roundId}/sessions`)).body
        .sessions;
    await expect
      .poll(async () => (await states()).every((s) => s.state !== 'proposed'), {
        timeout: 60_000,
        interval: 500,
      })
      .toBe(true);
    // A session still to be held (the quorum check may have confirmed it already).
    const session = (await states()).find((s) => s.state === 'invited' || s.state === 'confirmed');
    expect(session, 'a session of the round is open to a new time').toBeDefined();
    expect(session!.rescheduled).toBe(false);

    // Everyone in the session, each in a browser of their own.
    const members = await Promise.all(
      session!.people.map(async (person) => {
        const context = await browser.newContext();
        const cookie = await createAuthSession(database.db, person.userId, new Date());
        await context.addCookies([{ name: 'ods_session', value: cookie, url: server.url }]);
        const member = await context.newPage();
        await member.goto(`${server.url}/sessies`);
        return member;
      }),
    );
    const [proposer, ...others] = members;
    const options = await apiFromPage<{ slots: { startsAt: string }[] }>(
      proposer!,
      'GET',
      `/api/sessions/${session!.sessionId}/time-options`,
    );
    expect(options.status).toBe(200);
    const slot = options.body.slots[0];
    expect(slot, 'the group has another common time').toBeDefined();
    const proposal = await apiFromPage<{ id: string }>(
      proposer!,
      'POST',
      `/api/sessions/${session!.sessionId}/proposals`,
      { startsAt: slot!.startsAt },
    );
    expect(proposal.status).toBe(201);
    for (const member of others) {
      const voted = await apiFromPage(
        member,
        'POST',
        `/api/sessions/${session!.sessionId}/proposals/${proposal.body.id}/vote`,
        { accept: true },
      );
      expect(voted.status).toBe(204);
    }
    for (const member of members) await member.context().close();

    // The coordinator's page says it moved, and to when; the round's other session did not.
    await page.reload();
    const moved = page.getByRole('region', { name: `Sessie van groep ${session!.group + 1}` });
    await expect
      .poll(() => moved.innerText(), { timeout: 30_000 })
      .toMatch(/Verplaatst naar \w+dag \d+ \w+ \d{4}, \d\d:\d\d–\d\d:\d\d/);
    const after = (await states()).find((s) => s.sessionId === session!.sessionId)!;
    expect(after).toMatchObject({ rescheduled: true, startsAt: slot!.startsAt });
    const other = (await states()).find((s) => s.sessionId !== session!.sessionId);
    if (other)
      expect(
        await page.getByRole('region', { name: `Sessie van groep ${other.group + 1}` }).innerText(),
      ).toMatch(/Gepland: /);
    await expectNoAxeViolations(page, `${ROUNDS} (committed, a session moved)`);
  });
});
