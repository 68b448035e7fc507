import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type DatabaseHandle } from '@ods/db';
import { expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { latestMail, linkIn, startServer, type RunningServer } from './support/server.ts';
import { PEOPLE, seedCommittedSession } from './support/seed.ts';

describe('participants move a session to another time they all can make', () => {
  let server: RunningServer;
  let browser: Browser;
  let database: DatabaseHandle;
  let sessionId: string;

  beforeAll(async () => {
    server = await startServer();
    database = createDatabase({ dataDir: server.dataDir });
    sessionId = await seedCommittedSession(database, {
      freeOnWeekdays: true,
      acceptedBy: PEOPLE.map((p) => p.email),
    });
    browser = await launchBrowser();
    // Proposals are for sessions whose invitations went out.
    await waitFor(async () => {
      const row = await database.db
        .selectFrom('sparring_sessions')
        .select('state')
        .where('id', '=', sessionId)
        .executeTakeFirstOrThrow();
      if (row.state === 'proposed') throw new Error('not invited yet');
    });
  });
  afterAll(async () => {
    await browser?.close();
    await database?.db.destroy();
    await server?.stop();
    server?.cleanup();
  });

  /** Signs in through the mailed link and opens "Mijn sessies". */
  async function mySessionsAs(email: string): Promise<Page> {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}/inloggen`);
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByRole('button', { name: 'Stuur mij een inloglink' }).click();
    await page.waitForURL(/controleer-je-mail/);
    await page.goto(linkIn(await latestMail(server, email, 'login'), '#token='));
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.waitForURL(/\/pool/);
    await page.getByRole('link', { name: 'Mijn sessies' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn sessies' }).waitFor();
    return page;
  }

  it('A proposes a common slot, B and C agree, and the session shows the new time', async () => {
    const anna = await mySessionsAs('anna@gemeente.example');
    // The disclosure opens from the keyboard.
    await anna.getByText('Ander tijdstip voorstellen').focus();
    await anna.keyboard.press('Enter');
    const slots = anna.getByRole('group', { name: 'Momenten waarop de hele groep kan' });
    const first = slots.getByRole('radio').first();
    await first.waitFor();
    await expectNoAxeViolations(anna, '/sessies (propose open)');
    const when = (await slots.locator('label').first().innerText()).trim();
    expect(when).toMatch(/^\w+dag \d+ \w+ \d{4}, \d\d:\d\d–\d\d:\d\d$/);
    await first.check();
    await anna.getByRole('button', { name: 'Voorstel versturen' }).click();
    await anna.getByRole('status').getByText('Je voorstel is verstuurd').waitFor();
    await anna.getByText(`Anna Visser stelt voor: ${when} · Akkoord: Anna Visser`).waitFor();
    expect(await anna.getByText('Jij bent akkoord.').count()).toBe(1);

    const bram = await mySessionsAs('bram@gemeente.example');
    await bram.getByText(`Anna Visser stelt voor: ${when}`).waitFor();
    await expectNoAxeViolations(bram, '/sessies (open proposal)');
    await bram.getByRole('button', { name: 'Akkoord', exact: true }).click();
    await bram.getByRole('status').getByText('Je bent akkoord.').waitFor();

    const chantal = await mySessionsAs('chantal@gemeente.example');
    await chantal.getByText('Akkoord: Anna Visser, Bram de Wit').waitFor();
    await chantal.getByRole('button', { name: 'Akkoord', exact: true }).click();
    await chantal
      .getByRole('status')
      .getByText(`Iedereen is akkoord: de sessie is verplaatst naar ${when}.`)
      .waitFor();
    // The list is read again: the card's heading and state show the new time.
    const card = chantal.getByRole('article');
    await card.getByRole('heading', { level: 2, name: `Schuldhulpverlening: ${when}` }).waitFor();
    // Moved; confirmed as soon as the scheduler's quorum check sees that all accepted.
    await card.getByText(/^Status: (verplaatst|bevestigd)\b/).waitFor();
    expect(await chantal.getByRole('heading', { name: 'Voorgestelde tijden' }).count()).toBe(0);
    await expectNoAxeViolations(chantal, '/sessies (moved)');

    const moved = await database.db
      .selectFrom('sparring_sessions')
      .select(['state', 'sequence'])
      .where('id', '=', sessionId)
      .executeTakeFirstOrThrow();
    // Moved, and once the scheduler's quorum check has run (all three agreed, so all three
    // accepted the new time) confirmed: which of the two depends only on when that job ran.
    expect(moved.sequence).toBe(1);
    expect(['moved', 'confirmed']).toContain(moved.state);
  });
});

/** Retries until the check passes (the server works in the background) or the time is up. */
async function waitFor<T>(check: () => Promise<T>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
