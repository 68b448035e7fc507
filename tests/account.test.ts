import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { apiFromPage } from './support/page-api.ts';
import { latestMail, linkIn, startServer, type RunningServer } from './support/server.ts';

const EMAIL = 'met.vakantie@utrecht.nl';

/** A local date in the Netherlands, `days` after today, as YYYY-MM-DD. */
function dateInDays(days: number): string {
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

async function signIn(page: Page, server: RunningServer): Promise<void> {
  await page.goto(`${server.url}/inloggen`);
  await page.getByLabel('E-mailadres').fill(EMAIL);
  await page.getByRole('button', { name: 'Stuur mij een inloglink' }).click();
  await page.waitForURL(/controleer-je-mail/);
  await page.goto(linkIn(await latestMail(server, EMAIL, 'login'), '#token='));
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await page.waitForURL(/\/profiel/);
}

/** Completes the profile through the API, from the page, as the form would. */
async function completeProfile(page: Page): Promise<void> {
  const { status } = await apiFromPage(page, 'PUT', '/api/profile', {
    name: 'Met Vakantie',
    organisationId: 'GM0344',
    jobTitle: 'Consulent werk en inkomen',
    topics: [{ slug: 'schuldhulpverlening', level: 'ervaren' }],
    availability: [{ weekday: 2, startMinute: 540, endMinute: 720 }],
    frequencyWeeks: 4,
    houseRulesAccepted: true,
  });
  expect(status).toBe(200);
}

// Issue 2, "Profile and pool": dates away and mail preferences on the account page, kept after
// a reload, shown on the pool page; pause and resume; axe in every state.
describe('account page: away, mail preferences, pause', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await (await browser.newContext()).newPage();
    await signIn(page, server);
    await completeProfile(page);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    server?.cleanup();
  });

  it('opens at the mail preferences from the link in a mail', async () => {
    await page.goto(`${server.url}/account#mail`);
    await page.getByRole('heading', { level: 2, name: 'Mailvoorkeuren' }).waitFor();
    await expect.poll(() => activeId(page)).toBe('mail-heading');
    await expectNoAxeViolations(page, '/account');
  });

  it('adds a period away after refusing one that ends before it starts', async () => {
    const from = page.getByLabel('Van', { exact: true });
    const to = page.getByLabel('Tot en met', { exact: true });
    const add = page.getByRole('button', { name: 'Afwezigheid toevoegen' });
    await from.fill(dateInDays(30));
    await to.fill(dateInDays(29));
    await add.click();
    await page.getByText('Kies een einddatum op of na de begindatum.').waitFor();
    expect(await activeId(page)).toBe('away-to');
    expect(await to.getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, '/account (away period refused)');

    await to.fill(dateInDays(37));
    await add.click();
    await page.getByRole('status').filter({ hasText: 'Toegevoegd' }).waitFor();
    expect(await to.getAttribute('aria-invalid')).toBeNull();
    expect(await from.inputValue()).toBe('');
    await expectNoAxeViolations(page, '/account (away period added)');
  });

  it('turns off reminders', async () => {
    const reminders = page.getByRole('checkbox', { name: 'Herinneringen voor sessies' });
    expect(await reminders.isChecked()).toBe(true);
    await reminders.uncheck();
    await page.getByRole('button', { name: 'Mailvoorkeuren opslaan' }).click();
    await page.getByText('Je mailvoorkeuren zijn opgeslagen.').waitFor();
    await expectNoAxeViolations(page, '/account (mail preferences saved)');
  });

  it('keeps both after a reload, and the pool page says when one is away', async () => {
    await page.reload();
    const removeButton = page.getByRole('button', { name: /^Verwijderen afwezigheid / });
    await removeButton.waitFor();
    expect(await removeButton.count()).toBe(1);
    expect(
      await page.getByRole('checkbox', { name: 'Herinneringen voor sessies' }).isChecked(),
    ).toBe(false);
    expect(
      await page
        .getByRole('checkbox', { name: 'Samenvattingen en vragen om toestemming' })
        .isChecked(),
    ).toBe(true);
    const profile = await page.evaluate(
      async () =>
        (await (await fetch('/api/profile')).json()) as {
          awayPeriods: unknown;
          mailPreferences: unknown;
          name: string;
        },
    );
    expect(profile).toMatchObject({
      name: 'Met Vakantie',
      awayPeriods: [{ from: dateInDays(30), to: dateInDays(37) }],
      mailPreferences: { reminders: false, summaries: true },
    });

    await page.goto(`${server.url}/pool`);
    await page.getByText(/Je bent afwezig van .* Op die dagen delen we je niet in\./).waitFor();
    await expectNoAxeViolations(page, '/pool (away)');
    await page.getByRole('link', { name: 'Afwezigheid aanpassen' }).click();
    await page.waitForURL(/\/account#away$/);
    await expect.poll(() => activeId(page)).toBe('away-heading');
  });

  it('removes the period away', async () => {
    await page.getByRole('button', { name: /^Verwijderen afwezigheid / }).click();
    await page.getByText('Je hebt geen afwezigheid opgegeven.').waitFor();
    await page.getByRole('status').filter({ hasText: 'Verwijderd' }).waitFor();
    expect(await activeId(page)).toBe('away-heading');
    await expectNoAxeViolations(page, '/account (away period removed)');
  });

  it('pauses and resumes', async () => {
    await page.getByLabel('Pauzeren tot en met').fill(dateInDays(14));
    await page.getByRole('button', { name: 'Pauzeren', exact: true }).click();
    await page.getByText(/^Je pauzeert tot en met /).waitFor();
    await expectNoAxeViolations(page, '/account (paused)');

    await page.getByRole('button', { name: 'Nu weer meedoen' }).click();
    await page.getByLabel('Pauzeren tot en met').waitFor();
    await expectNoAxeViolations(page, '/account (resumed)');
    const status = await page.evaluate(
      async () =>
        ((await (await fetch('/api/profile')).json()) as { poolStatus: string }).poolStatus,
    );
    expect(status).toBe('active');
  });
});
