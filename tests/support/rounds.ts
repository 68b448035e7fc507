import type { Page } from 'playwright-core';
import type { RunningServer } from './server.ts';

/** The coordinator's rounds page. */
export const ROUNDS = '/coordinator/rondes';

/** A day `days` from today: the servers of browser tests run on the real clock. */
export const daysFromToday = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Proposes a round for the period from a week to five weeks from today on the rounds page, as
 * a coordinator clicks it, and waits for the proposal; answers the round's id.
 */
export async function proposeRoundOnPage(page: Page, server: RunningServer): Promise<string> {
  await page.goto(`${server.url}${ROUNDS}`);
  await page.getByLabel('Eerste dag van de periode').fill(daysFromToday(7));
  await page.getByLabel('Laatste dag van de periode').fill(daysFromToday(35));
  await page.getByRole('button', { name: 'Ronde voorstellen' }).click();
  await page
    .getByRole('heading', { level: 2, name: /^Voorstel voor / })
    .waitFor({ timeout: 60_000 });
  return new URL(page.url()).searchParams.get('ronde')!;
}
