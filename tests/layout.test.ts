import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '@ods/db';
import { createSession as createAuthSession } from '@ods/server/plugins/auth/session-store';
import { createSession, createUser } from '@ods/server/test-support/fixtures';
import { expectNoAxeViolations, launchBrowser, tabUntilFocused } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

/** A signed-in participant of a session under way, written straight into the server's database. */
async function seed(dataDir: string): Promise<{ sessionId: string; cookie: string }> {
  const database = createDatabase({ dataDir });
  // The fixtures only use app.db.
  const app = { db: database.db } as unknown as Parameters<typeof createUser>[0];
  const tag = randomUUID().slice(0, 8);
  const ids: string[] = [];
  for (const [who, organisationId] of [
    ['anna', 'GM0363'],
    ['bram', 'GM0344'],
    ['cees', 'GM0599'],
  ] as const) {
    ids.push(
      await createUser(app, { email: `${who}-${tag}@example.nl`, name: who, organisationId }),
    );
  }
  const sessionId = await createSession(app, {
    startsAt: new Date(Date.now() - 10 * 60_000).toISOString(),
    state: 'confirmed',
    participants: [
      { userId: ids[0]!, role: 'facilitator' },
      { userId: ids[1]!, role: 'case-owner' },
      { userId: ids[2]!, role: 'member' },
    ],
  });
  const cookie = await createAuthSession(database.db, ids[0]!, new Date());
  await database.db.destroy();
  return { sessionId, cookie };
}

const top = async (page: Page, selector: string) =>
  (await page.locator(selector).boundingBox())?.y ?? Number.NaN;
const width = async (page: Page, selector: string) =>
  (await page.locator(selector).boundingBox())?.width ?? Number.NaN;

/** How far the page is wider than the window (WCAG 1.4.10: nothing to scroll sideways). */
const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

// Issue 16, part 3: a menu button on small screens, the video first on a phone, a layout the
// participant picks on a desktop and keeps; and unknown paths answer 404.
describe('layouts that fit the device', () => {
  let server: RunningServer;
  let browser: Browser;
  let seeded: { sessionId: string; cookie: string };

  beforeAll(async () => {
    server = await startServer();
    seeded = await seed(server.dataDir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    server?.cleanup();
  });

  async function openPage(viewport: typeof PHONE, path: string, signedIn = false) {
    const context = await browser.newContext({ viewport });
    if (signedIn)
      await context.addCookies([{ name: 'ods_session', value: seeded.cookie, url: server.url }]);
    const page = await context.newPage();
    const response = await page.goto(`${server.url}${path}`);
    return { context, page, status: response?.status() };
  }

  it('on a phone folds the menu behind a button that works by keyboard', async () => {
    const { context, page } = await openPage(PHONE, '/sessies', true);
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    const menuButton = nav.getByRole('button', { name: 'Menu' });
    await menuButton.waitFor();
    const profileLink = nav.getByRole('link', { name: 'Profiel' });
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
    const menuId = await menuButton.getAttribute('aria-controls');
    expect(await page.locator(`#${menuId}`).count()).toBe(1);
    expect(await profileLink.isVisible()).toBe(false);
    await expectNoAxeViolations(page, 'sessions, phone, menu closed');

    await tabUntilFocused(page, menuButton);
    await page.keyboard.press('Enter');
    expect(await menuButton.getAttribute('aria-expanded')).toBe('true');
    await profileLink.waitFor({ state: 'visible' });
    await expectNoAxeViolations(page, 'sessions, phone, menu open');

    // Tab goes from the button into the menu; Escape closes it and returns focus to the button.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[id]')?.id)).toBe(menuId);
    await page.keyboard.press('Escape');
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
    expect(await menuButton.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await profileLink.isVisible()).toBe(false);

    // Space opens it too; following a link closes it on the new page.
    await page.keyboard.press('Space');
    await profileLink.waitFor({ state: 'visible' });
    await tabUntilFocused(page, profileLink);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/profiel$/);
    await page.waitForFunction(
      () => document.querySelector('[aria-controls]')?.getAttribute('aria-expanded') === 'false',
    );
    await context.close();
  });

  it('on a desktop shows the menu items in the bar, without a menu button', async () => {
    const { context, page } = await openPage(DESKTOP, '/');
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await nav.getByRole('link', { name: 'Aanmelden / Inloggen' }).waitFor({ state: 'visible' });
    expect(await nav.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false);
    await expectNoAxeViolations(page, 'landing, desktop');
    await context.close();

    const phone = await openPage(PHONE, '/');
    await phone.page.getByRole('button', { name: 'Menu' }).waitFor();
    await expectNoAxeViolations(phone.page, 'landing, phone');
    await phone.context.close();
  });

  it('on a phone puts the video first, before the notes and the member list', async () => {
    const { context, page } = await openPage(PHONE, `/sessies/${seeded.sessionId}`, true);
    await page.getByRole('heading', { level: 2, name: 'Video' }).waitFor();
    await page.getByRole('heading', { name: 'Wie doen er mee' }).waitFor();
    const video = await top(page, '#session-video-heading');
    expect(video).toBeLessThan(await top(page, '#session-notes-heading'));
    expect(video).toBeLessThan(await top(page, '#session-members-heading'));
    // Right under the title, within the first screen.
    expect(video).toBeLessThan(PHONE.height);
    expect(await page.getByRole('group', { name: 'Indeling van het scherm' }).isVisible()).toBe(
      false,
    );
    expect(await horizontalOverflow(page)).toBe(0);
    await expectNoAxeViolations(page, 'session, phone');
    await context.close();
  });

  it('on a phone starts the notes editor once the person scrolls to the notes, not before', async () => {
    const { context, page } = await openPage(PHONE, `/sessies/${seeded.sessionId}`, true);
    const editor = page.getByRole('textbox', { name: 'Gedeelde notities' });
    const notes = page.locator('.ods-notes__document');
    // The shared document has loaded ("Opgeslagen"), below the first screen.
    await page.locator('[data-save-state="saved"]').waitFor({ state: 'attached' });
    expect((await notes.boundingBox())!.y).toBeGreaterThan(PHONE.height);
    // In the commit that showed "Opgeslagen", the editor took the place of this text, until now.
    expect(await notes.getByText('De notities worden geladen…').count()).toBe(1);
    expect(await editor.count()).toBe(0);
    await notes.scrollIntoViewIfNeeded();
    await editor.waitFor();
    await context.close();
  });

  it('on a phone keeps the profile within the screen once a topic with a long name is chosen', async () => {
    const { context, page } = await openPage(PHONE, '/profiel', true);
    const topic = page.getByRole('checkbox', {
      name: 'Psychische kwetsbaarheid en onbegrepen gedrag',
    });
    await topic.check();
    // Its level question appears, with a legend only a screen reader reads.
    await page
      .getByRole('group', {
        name: 'Psychische kwetsbaarheid en onbegrepen gedrag: ervaren of wil leren',
      })
      .waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    await context.close();
  });

  it('shows a select as a drop-down list, with room for its arrow', async () => {
    const { context, page } = await openPage(DESKTOP, '/casussen/nieuw', true);
    const select = page.getByRole('combobox', { name: 'Onderwerp' });
    await select.waitFor();
    const look = await select.evaluate((el) => {
      const style = getComputedStyle(el);
      return {
        appearance: style.appearance,
        image: style.backgroundImage,
        paddingEnd: Number.parseFloat(style.paddingInlineEnd),
        fontSize: Number.parseFloat(style.fontSize),
      };
    });
    // The component hides the browser's own arrow, so the theme must draw one.
    expect(look.appearance).toBe('none');
    expect(look.image).toContain('data:image/svg+xml');
    expect(look.paddingEnd).toBeGreaterThanOrEqual(1.4 * look.fontSize);
    await context.close();
  });

  it('on a desktop lets the participant give the video or the notes the room, kept over a reload', async () => {
    const { context, page } = await openPage(DESKTOP, `/sessies/${seeded.sessionId}`, true);
    const videoLarge = page.getByRole('radio', { name: 'Video groot, aantekeningen ernaast' });
    const notesLarge = page.getByRole('radio', { name: 'Aantekeningen groot, video klein' });
    await videoLarge.waitFor();
    expect(await videoLarge.isChecked()).toBe(true);
    expect(await width(page, '.ods-session-video')).toBeGreaterThan(
      1.5 * (await width(page, '.ods-session-aside')),
    );
    expect(await horizontalOverflow(page)).toBe(0);
    await expectNoAxeViolations(page, 'session, desktop, video large');

    await tabUntilFocused(page, videoLarge);
    await page.keyboard.press('ArrowDown');
    expect(await notesLarge.isChecked()).toBe(true);
    expect(await width(page, '.ods-session-aside')).toBeGreaterThan(
      1.5 * (await width(page, '.ods-session-video')),
    );

    await page.reload();
    await notesLarge.waitFor();
    expect(await notesLarge.isChecked()).toBe(true);
    expect(await width(page, '.ods-session-aside')).toBeGreaterThan(
      1.5 * (await width(page, '.ods-session-video')),
    );
    expect(await horizontalOverflow(page)).toBe(0);
    await expectNoAxeViolations(page, 'session, desktop, notes large');
    await context.close();
  });

  it('loads English only for someone who picks it, and opens in English after a reload', async () => {
    const { context, page } = await openPage(DESKTOP, '/');
    const englishRequests: string[] = [];
    page.on('request', (request) => {
      if (/\/assets\/en-[^/]+\.js$/.test(request.url())) englishRequests.push(request.url());
    });
    await page.getByRole('link', { name: 'Aanmelden / Inloggen' }).first().waitFor();
    expect(englishRequests).toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('navigation', { name: 'Main menu' }).waitFor();
    expect(englishRequests).toHaveLength(1);
    await page.reload();
    await page.getByRole('link', { name: 'Sign up / Sign in' }).first().waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
    await context.close();
  });

  it('answers an unknown path with 404 and the not-found page, a known one with 200', async () => {
    const missing = await openPage(DESKTOP, '/bestaat-niet');
    expect(missing.status).toBe(404);
    await missing.page.getByRole('heading', { level: 1 }).waitFor();
    expect(await missing.page.getByRole('heading', { level: 1 }).textContent()).toMatch(
      /niet gevonden/i,
    );
    await missing.context.close();
    const known = await openPage(DESKTOP, '/privacy');
    expect(known.status).toBe(200);
    await known.context.close();
  });
});
