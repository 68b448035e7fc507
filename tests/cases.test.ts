import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { latestMail, linkIn, startServer, type RunningServer } from './support/server.ts';

const EMAIL = 'schrijver@voorbeeld.nl';
// Passes the 11-test: a real-looking citizen service number.
const BSN = '111222333';

async function signIn(page: Page, server: RunningServer): Promise<void> {
  await page.goto(`${server.url}/inloggen`);
  await page.getByLabel('E-mailadres').fill(EMAIL);
  await page.getByRole('button', { name: 'Stuur mij een inloglink' }).click();
  await page.waitForURL(/controleer-je-mail/);
  await page.goto(linkIn(await latestMail(server, EMAIL), '#token='));
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await page.waitForURL(/\/profiel/);
}

describe('writing a case with the personal-data guard', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await (await browser.newContext()).newPage();
    await signIn(page, server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    server?.cleanup();
  });

  it('highlights a BSN, fixes it with one click, and marks the case ready', async () => {
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Casussen' })
      .click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Casussen');
    await page.getByRole('heading', { name: 'Voorbeeldcasussen' }).waitFor();
    await page.getByRole('button', { name: 'Kopiëren en aanpassen' }).first().waitFor();
    await expectNoAxeViolations(page, '/casussen');

    await page.getByRole('link', { name: 'Nieuwe casus schrijven' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe casus' }).waitFor();
    await expectNoAxeViolations(page, '/casussen/nieuw (empty)');

    await page.getByLabel('Titel', { exact: true }).fill('Huurachterstand en een lange wachtlijst');
    await page.getByLabel('Onderwerp', { exact: true }).selectOption('schuldhulpverlening');
    const situation = page.getByLabel('Situatie', { exact: true });
    await situation.fill(
      `Noem hem Sam. Sam noemt aan de balie zijn BSN ${BSN}. Hij belt vaak met mevrouw Jansen van de woningcorporatie.`,
    );
    await page
      .getByLabel('Je vraag aan de groep', { exact: true })
      .fill('Hoe houden jullie contact tijdens de wachttijd?');

    // The guard runs in the browser once typing pauses and marks what it found.
    const bsnMark = page.locator('mark[data-kind="bsn"]');
    await bsnMark.waitFor();
    expect(await bsnMark.innerText()).toContain(BSN);
    await expect
      .poll(() =>
        page.getByRole('status').filter({ hasText: 'Controle op persoonsgegevens' }).innerText(),
      )
      .toContain('2 meldingen');
    const ready = page.getByRole('button', { name: 'Klaar voor gebruik' });
    expect(await ready.isDisabled()).toBe(true);
    expect(
      await page
        .getByText('Klaar voor gebruik kan pas als er geen burgerservicenummer')
        .isVisible(),
    ).toBe(true);
    await expectNoAxeViolations(page, '/casussen/nieuw (with findings)');

    // One-click fix, by keyboard.
    await page.getByRole('button', { name: 'Vervang door [BSN]' }).focus();
    await page.keyboard.press('Enter');
    expect(await situation.inputValue()).toContain('zijn BSN [BSN].');
    expect(await bsnMark.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('case-situation');
    expect(await ready.isDisabled()).toBe(false);

    // The name is a warning: the writer confirms it is made up.
    await page.getByRole('checkbox', { name: '“mevrouw Jansen” is fictief' }).check();
    await ready.click();

    await page
      .getByRole('heading', { level: 1, name: 'Huurachterstand en een lange wachtlijst' })
      .waitFor();
    expect(await page.getByText('Je casus staat klaar.').isVisible()).toBe(true);
    expect(await page.locator('dd', { hasText: 'Klaar voor gebruik' }).count()).toBe(1);
    expect(await page.getByText(BSN).count()).toBe(0);
    await expectNoAxeViolations(page, '/casussen/:id (ready)');

    await page.getByRole('link', { name: 'Terug naar casussen' }).click();
    const mine = page.getByRole('region', { name: 'Mijn casussen' });
    await mine.getByRole('link', { name: 'Huurachterstand en een lange wachtlijst' }).waitFor();
    expect(await mine.innerText()).toContain('Klaar voor gebruik');
  });

  it('copies an example case into a draft of my own', async () => {
    await page.goto(`${server.url}/casussen`);
    await page.getByRole('button', { name: 'Kopiëren en aanpassen' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Casus bewerken' }).waitFor();
    expect(await page.getByText('Het voorbeeld is gekopieerd.').isVisible()).toBe(true);
    expect(
      (await page.getByLabel('Situatie', { exact: true }).inputValue()).length,
    ).toBeGreaterThan(100);
    await expectNoAxeViolations(page, '/casussen/:id (copied draft)');
  });

  it('makes one copy when the answer was lost on the way and the person clicks again', async () => {
    const myCases = async () =>
      ((await (await page.request.get(`${server.url}/api/cases`)).json()) as unknown[]).length;
    const before = await myCases();
    await page.goto(`${server.url}/casussen`);
    // The server makes the copy, but its answer never reaches the browser.
    await page.route(
      '**/api/cases/starters/*/copy',
      async (route) => {
        await route.fetch();
        await route.abort('connectionreset');
      },
      { times: 1 },
    );
    const copy = page.getByRole('button', { name: 'Kopiëren en aanpassen' }).first();
    await copy.click();
    await page.getByRole('alert').waitFor();
    expect(await myCases()).toBe(before + 1);
    await copy.click();
    await page.getByRole('heading', { level: 1, name: 'Casus bewerken' }).waitFor();
    expect(await myCases()).toBe(before + 1);
  });
});
