import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { latestMail, linkIn, startServer, type RunningServer } from './support/server.ts';
import { signIn } from './support/sign-in.ts';

const CONSOLE = '/coordinator/netwerk';

describe('the network console', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer({ SEED_DEMO: 'true' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    server?.cleanup();
  });

  it('shows a coordinator their own network: overview, organisations, topics and invitations', async () => {
    const page = await signIn(browser, server, 'coordinator@demo.example');
    await page.getByRole('link', { name: 'Netwerkconsole' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Netwerkconsole' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Sociaal domein Zuid en West' }).waitFor();
    // The other demo network is not there at all.
    expect(await page.getByText('Sociaal domein Noord en Oost').count()).toBe(0);
    await page.getByRole('table', { name: /^Per maand in \d{4}$/ }).waitFor();
    await page.getByRole('table', { name: /organisaties$/ }).waitFor();
    await expectNoAxeViolations(page, `${CONSOLE} (coordinator)`);

    // A topic of the network's own, then retired: it stays listed, no longer active.
    await page.getByLabel('Nieuw onderwerp').fill('Ouderen en eenzaamheid');
    await page.getByRole('button', { name: 'Onderwerp toevoegen' }).click();
    const topicRow = page.getByRole('row', { name: /^Ouderen en eenzaamheid/ });
    await topicRow.getByText('Actief').waitFor();
    await page
      .getByRole('button', { name: 'Ouderen en eenzaamheid niet meer gebruiken', exact: true })
      .click();
    await topicRow.getByText('Niet meer in gebruik').waitFor();

    // An invitation by mail, seen as open, then ended.
    await page.getByLabel('E-mailadres').fill('nieuwe.collega@demo.example');
    const organisation = page.getByLabel('Organisatie', { exact: true });
    const firstOrganisation = await organisation.locator('option').nth(1).getAttribute('value');
    await organisation.selectOption(firstOrganisation);
    await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await page.getByRole('status').getByText('De uitnodiging is verstuurd.').waitFor();
    const mail = await latestMail(server, 'nieuwe.collega@demo.example');
    expect(mail.subject).toBe('Uitnodiging: spar mee in Sociaal domein Zuid en West');
    await page.getByRole('table', { name: '1 openstaande uitnodiging' }).waitFor();
    await expectNoAxeViolations(page, `${CONSOLE} (invitation)`);
    await page
      .getByRole('button', { name: 'Uitnodiging aan nieuwe.collega@demo.example beëindigen' })
      .click();
    await page.getByText('Er staan geen uitnodigingen open.').waitFor();
  });

  it('brings an invited newcomer from the mail to a profile with their organisation filled in, offering only the network’s own topics', async () => {
    const page = await signIn(browser, server, 'coordinator@demo.example');
    await page.goto(`${server.url}${CONSOLE}`);
    await page
      .getByRole('button', { name: 'Schuldhulpverlening niet meer gebruiken', exact: true })
      .click();
    await page
      .getByRole('row', { name: /^Schuldhulpverlening/ })
      .getByText('Niet meer in gebruik')
      .waitFor();
    // An invitation fills in the newcomer's organisation, one of the network's.
    await page.getByLabel('E-mailadres').fill('nieuw.lid@demo.example');
    const organisation = page.getByLabel('Organisatie', { exact: true });
    const invitedFor = organisation.locator('option').nth(1);
    const organisationName = (await invitedFor.textContent())!.trim();
    await organisation.selectOption(await invitedFor.getAttribute('value'));
    await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await page.getByRole('status').getByText('De uitnodiging is verstuurd.').waitFor();

    // The newcomer follows the invitation's link: the sign-in page has their address filled
    // in, and the profile form starts with the organisation they were invited for.
    const newcomer = await (await browser.newContext()).newPage();
    const invitation = await latestMail(server, 'nieuw.lid@demo.example');
    await newcomer.goto(linkIn(invitation, '/inloggen?email='));
    await expect
      .poll(() => newcomer.getByLabel('E-mailadres').inputValue())
      .toBe('nieuw.lid@demo.example');
    await newcomer.getByRole('button', { name: 'Stuur mij een inloglink' }).click();
    await newcomer.waitForURL(/controleer-je-mail/);
    await newcomer.goto(linkIn(await latestMail(server, 'nieuw.lid@demo.example'), '#token='));
    await newcomer.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await newcomer.waitForURL(/\/profiel/);
    await newcomer.getByRole('heading', { name: 'Maak je profiel' }).waitFor();
    await expect
      .poll(() => newcomer.getByRole('combobox', { name: 'Organisatie' }).inputValue())
      .toBe(organisationName);
    await newcomer.getByRole('checkbox', { name: 'Jeugdhulp', exact: true }).waitFor();
    await expect
      .poll(() =>
        newcomer.getByRole('checkbox', { name: 'Schuldhulpverlening', exact: true }).count(),
      )
      .toBe(0);
  });

  it('lets the admin create a network and appoint its coordinator', async () => {
    const page = await signIn(browser, server, 'beheer@demo.example');
    await page.goto(`${server.url}${CONSOLE}`);
    await page.getByRole('heading', { level: 2, name: 'Netwerken en coördinatoren' }).waitFor();
    await page.getByLabel('Naam van een nieuw netwerk').fill('Sociaal domein Testland');
    await page.getByRole('button', { name: 'Netwerk aanmaken' }).click();
    await page.getByRole('listitem').filter({ hasText: 'Sociaal domein Testland' }).waitFor();
    const choice = page.getByLabel('Netwerk', { exact: true }).first();
    const value = await choice
      .locator('option', { hasText: 'Sociaal domein Testland' })
      .getAttribute('value');
    await choice.selectOption(value);
    await page.getByLabel('E-mailadres van de nieuwe coördinator').fill('bram@demo.example');
    await page.getByRole('button', { name: 'Benoemen tot coördinator' }).click();
    await page
      .getByRole('listitem')
      .filter({ hasText: 'Sociaal domein Testland' })
      .getByText('Bram Jansen')
      .waitFor();
    await expectNoAxeViolations(page, `${CONSOLE} (admin)`);
  });

  it('sends one Idempotency-Key per action: a double click and a retry after a lost answer make one network', async () => {
    const page = await signIn(browser, server, 'beheer@demo.example');
    const writes: { path: string; key: string | undefined }[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (request.method() !== 'GET' && path.startsWith('/api/console/'))
        writes.push({ path, key: request.headers()['idempotency-key'] });
    });
    await page.goto(`${server.url}${CONSOLE}`);
    await page.getByRole('heading', { level: 2, name: 'Netwerken en coördinatoren' }).waitFor();
    const listed = (name: string) => page.getByRole('listitem').filter({ hasText: name });
    const create = page.getByRole('button', { name: 'Netwerk aanmaken' });

    // A double click: one network, no "already exists".
    await page.getByLabel('Naam van een nieuw netwerk').fill('Sociaal domein Dubbelklik');
    await create.dblclick();
    await listed('Sociaal domein Dubbelklik').waitFor();
    expect(await listed('Sociaal domein Dubbelklik').count()).toBe(1);
    expect(
      await page
        .getByRole('alert')
        .getByText(/bestaat al/)
        .count(),
    ).toBe(0);

    // The answer lost on the way (the server did create it): the retry sends the same key and
    // gets the first answer, not a second network or "already exists".
    let lost = false;
    await page.route('**/api/console/networks', async (route) => {
      if (route.request().method() !== 'POST' || lost) return route.continue();
      lost = true;
      await route.fetch();
      await route.abort('failed');
    });
    await page.getByLabel('Naam van een nieuw netwerk').fill('Sociaal domein Verloren antwoord');
    await create.click();
    await page
      .getByRole('alert')
      .getByText(/We kunnen de server nu niet bereiken/)
      .waitFor();
    expect(lost).toBe(true);
    await create.click();
    await listed('Sociaal domein Verloren antwoord').waitFor();
    expect(await listed('Sociaal domein Verloren antwoord').count()).toBe(1);

    const creates = writes.filter((w) => w.path === '/api/console/networks');
    expect(creates.length).toBeGreaterThanOrEqual(3);
    expect(creates.every((w) => typeof w.key === 'string' && w.key.length >= 16)).toBe(true);
    // The double click's requests share a key, the retry shares the lost request's key, and
    // the two actions have keys of their own.
    const keys = [...new Set(creates.map((w) => w.key))];
    expect(keys).toHaveLength(2);
    expect(creates.at(-1)!.key).toBe(creates.at(-2)!.key);

    // Every other console write sends a key too (appointing a coordinator here).
    await page.getByLabel('Netwerk', { exact: true }).first().selectOption({
      label: 'Sociaal domein Dubbelklik',
    });
    await page.getByLabel('E-mailadres van de nieuwe coördinator').fill('daan@demo.example');
    await page.getByRole('button', { name: 'Benoemen tot coördinator' }).click();
    await listed('Sociaal domein Dubbelklik').getByText('Daan').waitFor();
    const appoint = writes.filter((w) => w.path.endsWith('/coordinators'));
    expect(appoint.length).toBeGreaterThanOrEqual(1);
    expect(appoint.every((w) => w.key !== undefined && !keys.includes(w.key))).toBe(true);
  });

  it('keeps participants out, and shows them who looked at their data', async () => {
    const page = await signIn(browser, server, 'chantal@demo.example');
    await page.goto(`${server.url}${CONSOLE}`);
    await page.getByText('Deze pagina is voor coördinatoren en beheerders.').waitFor();
    await expectNoAxeViolations(page, `${CONSOLE} (participant)`);
    await page.goto(`${server.url}/account`);
    await page
      .getByRole('heading', { level: 2, name: 'Wie heeft mijn gegevens bekeken' })
      .waitFor();
    await page.getByRole('checkbox', { name: /^Ik wil ook sparren met collega's/ }).waitFor();
    await expectNoAxeViolations(page, '/account (audit)');
  });
});
