import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

// Issue 13: one address gets at most 5 sign-in links an hour; the sixth request is answered
// on the sign-in page with a calm message that says when a new link can be asked for.
describe('sign-in links per address', () => {
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

  async function askLink(page: Page, email: string): Promise<void> {
    await page.goto(`${server.url}/inloggen`);
    await page.getByRole('textbox', { name: 'E-mailadres' }).fill(email);
    await page.getByRole('button', { name: /inloglink/i }).click();
  }

  it('says on the sixth request in an hour when a new link can be asked for', async () => {
    const page = await (await browser.newContext()).newPage();
    const mails = async () =>
      (
        (await (
          await fetch(`${server.url}/api/dev/outbox?to=veel.links%40gemeente.nl`)
        ).json()) as unknown[]
      ).length;
    for (let i = 0; i < 5; i += 1) {
      await askLink(page, 'veel.links@gemeente.nl');
      await page.getByRole('heading', { name: 'Controleer je mail' }).waitFor();
    }
    const sent = await mails();
    expect(sent).toBeGreaterThanOrEqual(1);
    await askLink(page, 'veel.links@gemeente.nl');
    const message = page.getByText(/al een paar links naar dit adres/);
    await message.waitFor();
    expect(await message.textContent()).toMatch(/over 60 minuten/);
    expect(new URL(page.url()).pathname).toBe('/inloggen');
    expect(await mails()).toBe(sent);
  });
});
