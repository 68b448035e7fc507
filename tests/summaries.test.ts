import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '@ods/db';
import { createSession as createAuthSession } from '@ods/server/plugins/auth/session-store';
import { notesSnapshot } from '@ods/server/features/summaries/summaries.fixtures';
import { createSession, createUser } from '@ods/server/test-support/fixtures';
import { expectNoAxeViolations, launchBrowser, tabTo } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

type Person = 'anna' | 'bram' | 'chantal' | 'lezer';

interface Seeded {
  sessionId: string;
  cookies: Record<Person, string>;
}

/** Three participants of a held session with notes, and a reader who was not there. */
async function seed(dataDir: string): Promise<Seeded> {
  const database = createDatabase({ dataDir });
  // The fixtures only use app.db.
  const app = { db: database.db } as unknown as Parameters<typeof createUser>[0];
  const tag = randomUUID().slice(0, 8);
  const people: [Person, string, string][] = [
    ['anna', 'Anna de Vries', 'GM0344'],
    ['bram', 'Bram Bakker', 'GM0088'],
    ['chantal', 'Chantal Smit', 'GM1680'],
    ['lezer', 'Lezer Lezen', 'GM0363'],
  ];
  const ids = {} as Record<Person, string>;
  const cookies = {} as Record<Person, string>;
  for (const [who, name, organisationId] of people) {
    ids[who] = await createUser(app, { email: `${who}-${tag}@example.nl`, name, organisationId });
    cookies[who] = await createAuthSession(database.db, ids[who], new Date());
  }
  const sessionId = await createSession(app, {
    startsAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
    state: 'held',
    participants: [
      { userId: ids.anna, role: 'case-owner' },
      { userId: ids.bram, role: 'facilitator' },
      { userId: ids.chantal },
    ],
  });
  const stamp = new Date().toISOString();
  await database.db
    .insertInto('notes_documents')
    .values({
      session_id: sessionId,
      snapshot: Buffer.from(notesSnapshot()),
      created_at: stamp,
      updated_at: stamp,
    })
    .execute();
  await database.db.destroy();
  return { sessionId, cookies };
}

// Issue 8: from "session held" to "summary published and found in the library", with the
// participants' consent, each shown as they chose; axe on every page.
describe('summary: from a held session to the library', () => {
  let server: RunningServer;
  let browser: Browser;
  let seeded: Seeded;
  const pages = {} as Record<Person, Page>;

  beforeAll(async () => {
    server = await startServer();
    seeded = await seed(server.dataDir);
    browser = await launchBrowser();
    for (const who of ['anna', 'bram', 'chantal', 'lezer'] as const) {
      const context = await browser.newContext();
      await context.addCookies([
        { name: 'ods_session', value: seeded.cookies[who], url: server.url },
      ]);
      pages[who] = await context.newPage();
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    server?.cleanup();
  });

  const summaryUrl = () => `${server.url}/sessies/${seeded.sessionId}/samenvatting`;

  async function agree(page: Page, shownAs: string): Promise<void> {
    await page.goto(summaryUrl());
    await page.getByRole('radio', { name: shownAs }).check();
    await page.getByRole('button', { name: 'Ik ga akkoord met publiceren' }).click();
    await page.getByText(/, jij\): akkoord/).waitFor();
  }

  it('shows my past session with what waits for me', async () => {
    const page = pages.anna;
    await page.goto(`${server.url}/sessies/afgerond`);
    await page.getByRole('heading', { level: 1, name: 'Afgeronde sessies' }).waitFor();
    await expect
      .poll(() =>
        page.getByText('Wacht op jou: je toestemming om te publiceren, je beoordeling').count(),
      )
      .toBe(1);
    await expect.poll(() => page.getByText('minder formulieren').count()).toBe(1);
    await expectNoAxeViolations(page, '/sessies/afgerond');
    await page.getByRole('link', { name: /Naar de samenvatting van/ }).click();
    await page.waitForURL(/\/samenvatting$/);
  });

  it('drafts the summary from the notes; a participant completes it, agrees and rates', async () => {
    const page = pages.anna;
    await page.getByRole('heading', { level: 1, name: /Samenvatting:/ }).waitFor();
    expect(await page.getByLabel('De vraag').inputValue()).toBe(
      'Hoe houd je een gezin met schulden vast tijdens de wachttijd?',
    );
    expect(await page.getByLabel('Aanpak (rij 1)').inputValue()).toBe('Vast team');
    // Each field stands apart from the one above it, not label against field.
    const fieldBottom = await page
      .getByLabel('Gemeente (rij 1)')
      .evaluate((el) => el.getBoundingClientRect().bottom);
    const nextLabelTop = await page
      .locator('label[for="summary-exchange-0-approach"]')
      .evaluate((el) => el.getBoundingClientRect().top);
    expect(nextLabelTop - fieldBottom).toBeGreaterThanOrEqual(16);
    await expectNoAxeViolations(page, 'summary page, draft from the notes');

    await page.getByLabel('Adviezen').fill('Maak een afspraak binnen een week.\nBel zelf terug.');
    // The notes named Bram: the draft already says [naam]. Typed back in, the name of someone
    // not shown by name is marked in place, blocking, with a one-click replacement (issue 15).
    expect(await page.getByLabel('Vervolgafspraken').inputValue()).toBe(
      '[naam] deelt de checklist',
    );
    await page.getByLabel('Vervolgafspraken').fill('Bram deelt de checklist');
    const followUps = page.getByRole('list', { name: 'Meldingen bij Vervolgafspraken (1)' });
    await followUps.getByText('“Bram”').waitFor();
    await followUps.getByRole('button', { name: 'Vervang door [naam]' }).click();
    expect(await page.getByLabel('Vervolgafspraken').inputValue()).toBe(
      '[naam] deelt de checklist',
    );
    await expect.poll(() => page.getByText('Meldingen bij Vervolgafspraken').count()).toBe(0);
    await page.getByRole('button', { name: 'Samenvatting opslaan' }).click();
    await page.getByText('De samenvatting is opgeslagen.').waitFor();

    // Keyboard only: the attribution and the agreement.
    await tabTo(page, (el) => el.type === 'radio' && el.label.includes('met naam en gemeente'));
    await page.keyboard.press('Space');
    await tabTo(page, (el) => el.tag === 'button' && el.text === 'Ik ga akkoord met publiceren');
    await page.keyboard.press('Enter');
    await page.getByText('Anna de Vries (Utrecht, jij): akkoord', { exact: false }).waitFor();
    await page.getByText('wacht op toestemming van iedereen (1 van 3 akkoord)').waitFor();

    await page.getByRole('radio', { name: '4 – goed' }).check();
    await page.getByRole('checkbox', { name: /Bram Bakker/ }).check();
    await page.getByRole('button', { name: 'Verstuur mijn antwoord' }).click();
    await page.getByText('Bedankt, je antwoord is opgeslagen.').waitFor();
    await expectNoAxeViolations(page, 'summary page, agreed and rated');
  });

  it('keeps the summary from anyone who was not in the session', async () => {
    const page = pages.lezer;
    await page.goto(summaryUrl());
    await page.getByRole('heading', { level: 1, name: 'Samenvatting niet gevonden' }).waitFor();
    expect(await page.getByText('wachttijd').count()).toBe(0);
    await expectNoAxeViolations(page, 'summary page for a non-participant');
  });

  it('stays out of the library until the last participant agrees', async () => {
    await agree(pages.bram, 'alleen grootteklasse en regio van mijn gemeente');
    const page = pages.lezer;
    await page.goto(`${server.url}/bibliotheek?q=wachttijd`);
    await page.getByText('Niets gevonden.').waitFor();
    await expectNoAxeViolations(page, '/bibliotheek without results');

    await agree(pages.chantal, 'niet');
    await pages.chantal.getByText('gepubliceerd in de bibliotheek').waitFor();
  });

  it('is found in the library, shown as each chose, and can be marked useful', async () => {
    const page = pages.lezer;
    await page.goto(`${server.url}/bibliotheek`);
    await page.getByRole('heading', { level: 1, name: 'Bibliotheek' }).waitFor();
    // The search fields stand apart, down the form and from row to row of the filters.
    const bottomOf = (selector: string) =>
      page.locator(selector).evaluate((el) => el.getBoundingClientRect().bottom);
    const topOf = (selector: string) =>
      page.locator(selector).evaluate((el) => el.getBoundingClientRect().top);
    expect(
      (await topOf('label[for="library-topic"]')) - (await bottomOf('#library-q')),
    ).toBeGreaterThanOrEqual(16);
    expect(
      (await topOf('label[for="library-to"]')) - (await bottomOf('#library-region')),
    ).toBeGreaterThanOrEqual(16);
    await page.getByLabel('Zoekwoorden').fill('wachttijd gezin');
    await page.getByLabel('Onderwerp').selectOption({ label: 'Schuldhulpverlening' });
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    const title = 'Hoe houd je een gezin met schulden vast tijdens de wachttijd?';
    const result = page.getByRole('link', { name: title });
    await result.waitFor();
    await page.getByText('Anna de Vries (Utrecht)').waitFor();
    expect(await page.getByText('Bram Bakker').count()).toBe(0);
    expect(await page.getByText('Chantal').count()).toBe(0);
    await expectNoAxeViolations(page, '/bibliotheek with a result');

    const useful = page.getByRole('button', { name: /^Nuttig:/ });
    expect(await useful.getAttribute('aria-pressed')).toBe('false');
    await useful.click();
    await expect.poll(() => useful.getAttribute('aria-pressed')).toBe('true');
    expect(await useful.textContent()).toBe('Nuttig (1)');

    await result.click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('table', { name: /Over de schutting/ }).waitFor();
    await page.getByText(/Bel zelf terug\./).waitFor();
    await page.getByText(/iemand uit een gemeente van grootte klein/).waitFor();
    await expectNoAxeViolations(page, '/bibliotheek/:id');
  });
});
