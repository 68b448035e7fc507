import type { Browser, Page } from 'playwright-core';
import { latestMail, linkIn, type RunningServer } from './server.ts';

/**
 * Signs in on `page` the way a person does: the address on the sign-in page, the link from
 * the mail, the confirming button; resolves once the page one lands on is there (the pool, or
 * the profile form for someone new).
 */
export async function signInOn(
  page: Page,
  server: RunningServer,
  email: string,
  landing: RegExp = /\/pool/,
): Promise<void> {
  await page.goto(`${server.url}/inloggen`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByRole('button', { name: 'Stuur mij een inloglink' }).click();
  await page.waitForURL(/controleer-je-mail/);
  await page.goto(linkIn(await latestMail(server, email), '#token='));
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await page.waitForURL(landing);
}

/** Signs in on a new page of a browser context of its own (its own cookies). */
export async function signIn(
  browser: Browser,
  server: RunningServer,
  email: string,
): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInOn(page, server, email);
  return page;
}
