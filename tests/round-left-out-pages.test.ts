import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type DatabaseHandle } from '@ods/db';
import { ROUND_PAGE } from '@ods/shared/api/rounds';
import { expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { proposeRoundOnPage, ROUNDS } from './support/rounds.ts';
import { insertPoolMember, seedTinyPool } from './support/seed.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { signIn } from './support/sign-in.ts';

/**
 * Sixty more people from Amsterdam beside the tiny pool: a group holds one person of a
 * municipality, and the five from elsewhere make two groups, so more than a page of people is
 * left out whatever groups the search finds.
 */
const EXTRA_FROM_AMSTERDAM = 60;

describe('the left-out list of a large round, a page at a time', () => {
  let server: RunningServer;
  let browser: Browser;
  let database: DatabaseHandle;

  beforeAll(async () => {
    server = await startServer();
    database = createDatabase({ dataDir: server.dataDir });
    await seedTinyPool(database, { email: 'coco@tiny.example', name: 'Coco' });
    const stamp = new Date().toISOString();
    for (let i = 1; i <= EXTRA_FROM_AMSTERDAM; i++) {
      const n = String(i).padStart(2, '0');
      await insertPoolMember(
        database,
        { name: `Extra ${n} Amsterdam`, email: `extra${n}@tiny.example`, organisation: 'GM0363' },
        stamp,
      );
    }
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await database?.db.destroy();
    await server?.stop();
    server?.cleanup();
  });

  it('shows the first page of people left out, and the rest on "Meer mensen tonen"', async () => {
    const page = await signIn(browser, server, 'coco@tiny.example');
    await proposeRoundOnPage(page, server);
    const heading = page.getByRole('heading', { level: 2, name: /^Niet ingedeeld \(\d+\)$/ });
    const total = Number(/\d+/.exec(await heading.innerText())![0]);
    expect(total).toBeGreaterThan(ROUND_PAGE.leftOutDefault);
    // The list right below its heading; each item names the person and why.
    const people = page.locator('h2:text-matches("^Niet ingedeeld") + ul > li');
    expect(await people.count()).toBe(ROUND_PAGE.leftOutDefault);
    await expect.poll(() => people.first().innerText()).toMatch(/^.+ \(.+\): .+/);
    await page
      .getByRole('status')
      .filter({
        hasText: `${ROUND_PAGE.leftOutDefault} van de ${total} niet ingedeelde mensen getoond.`,
      })
      .waitFor();
    const firstPage = await people.allInnerTexts();

    const more = page.getByRole('button', { name: 'Meer mensen tonen' });
    await more.focus();
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .filter({ hasText: `${total} van de ${total} niet ingedeelde mensen getoond.` })
      .waitFor();
    expect(await people.count()).toBe(total);
    const all = await people.allInnerTexts();
    // The first page stays as it was, and nobody appears twice.
    expect(all.slice(0, firstPage.length)).toEqual(firstPage);
    expect(new Set(all).size).toBe(total);
    // The whole list is shown, so the button is gone.
    expect(await more.count()).toBe(0);
    await expectNoAxeViolations(page, `${ROUNDS} (every person left out shown)`);
  });
});
