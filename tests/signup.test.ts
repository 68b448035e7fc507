import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, tabUntilFocused } from './support/browser.ts';
import { latestMail, linkIn, startServer, type RunningServer } from './support/server.ts';

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

// Issue 2's first user path: a newcomer signs up in Dutch with the link from the outbox,
// completes the profile with the keyboard only and lands in the pool; axe on every page.
describe('sign up with the keyboard only', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    server?.cleanup();
  });

  it('signs in with the mailed link, completes the profile and sees the pool page', async () => {
    const page = await (await browser.newContext()).newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(server.url);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).count()).toBe(1);
    await expectNoAxeViolations(page, 'home');

    await page.goto(`${server.url}/inloggen`);
    await expectNoAxeViolations(page, 'sign in');
    await tabUntilFocused(page, page.getByRole('textbox', { name: 'E-mailadres' }));
    await page.keyboard.type('nieuwe.collega@amsterdam.nl');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Controleer je mail' }).waitFor();
    await expectNoAxeViolations(page, 'check your mail');

    const mail = await latestMail(server, 'nieuwe.collega@amsterdam.nl', 'login');
    await page.goto(linkIn(mail, '/inloggen/bevestigen'));
    await page.getByRole('button', { name: 'Inloggen' }).waitFor();
    await expectNoAxeViolations(page, 'confirm sign-in');
    await tabUntilFocused(page, page.getByRole('button', { name: 'Inloggen', exact: true }));
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: 'Maak je profiel' }).waitFor();
    await expectNoAxeViolations(page, 'profile');
    await tabUntilFocused(page, page.getByRole('textbox', { name: 'Naam' }));
    await page.keyboard.type('Nieuwe Collega');
    // The work address says where they work: the organisation is filled in already.
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Organisatie', exact: true }).inputValue())
      .toContain('Gemeente Amsterdam');
    // The suggestions open below the box, so what one types stays visible; Escape closes them
    // without changing the choice.
    const organisation = page.getByRole('combobox', { name: 'Organisatie', exact: true });
    await organisation.focus();
    await page.keyboard.press('ArrowDown');
    const suggestions = page.getByRole('listbox', { name: 'Organisatie' });
    await suggestions.waitFor();
    await expectNoAxeViolations(page, 'profile with the organisation suggestions open');
    const box = await organisation.boundingBox();
    const list = await suggestions.boundingBox();
    expect(list!.y).toBeGreaterThanOrEqual(box!.y + box!.height);
    await page.keyboard.press('Escape');
    await suggestions.waitFor({ state: 'hidden' });
    expect(await organisation.inputValue()).toContain('Gemeente Amsterdam');
    await tabUntilFocused(page, page.getByRole('textbox', { name: 'Functie' }));
    await page.keyboard.type('Consulent schuldhulpverlening');
    await tabUntilFocused(
      page,
      page.getByRole('checkbox', { name: 'Schuldhulpverlening', exact: true }),
    );
    await page.keyboard.press('Space');
    // The availability grid is one tab stop; arrow keys move between hours (rows) and days (columns).
    for (let i = 0; i < 200 && !(await focusedId(page)).startsWith('profile-availability-'); i += 1)
      await page.keyboard.press('Tab');
    for (let i = 0; i < 40; i += 1) {
      const [day, hour] = (await focusedId(page)).split('-').slice(-2).map(Number) as [
        number,
        number,
      ];
      if (day === 1 && hour === 9) break;
      await page.keyboard.press(
        hour < 9 ? 'ArrowDown' : hour > 9 ? 'ArrowUp' : day > 1 ? 'ArrowLeft' : 'ArrowRight',
      );
    }
    expect(await focusedId(page)).toBe('profile-availability-1-9');
    for (const key of ['Space', 'ArrowDown', 'Space', 'ArrowDown', 'Space'])
      await page.keyboard.press(key);
    await tabUntilFocused(
      page,
      page.getByRole('checkbox', { name: 'Ik houd me aan deze huisregels' }),
    );
    await page.keyboard.press('Space');
    await tabUntilFocused(page, page.getByRole('button', { name: 'Opslaan en naar de pool' }));
    await page.keyboard.press('Enter');

    await page.waitForURL(/\/pool$/);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect
      .poll(async () => page.getByRole('heading', { level: 1 }).textContent(), {
        message: errors.join('\n'),
      })
      .toMatch(/pool/i);
    await expectNoAxeViolations(page, 'pool');

    const profile: unknown = await page.evaluate(
      async () => (await fetch('/api/profile')).json() as Promise<unknown>,
    );
    expect(profile).toMatchObject({
      complete: true,
      organisationId: 'GM0363',
      organisationVerified: true,
      topics: [{ slug: 'schuldhulpverlening' }],
      availability: [{ weekday: 1, startMinute: 540, endMinute: 720 }],
    });
  });
});
