import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, tabUntilFocused } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { signInOn } from './support/sign-in.ts';

const CONSOLE = '/coordinator/netwerk';
// The chunks of the map and chart library, and the boundaries: only the console loads them.
const OVERVIEW_ASSETS = /\/assets\/(plot-figure|participation-map|overview-charts|nl-2025\.topo)-/;

describe('the network overview: map and charts', () => {
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

  it('shows the coordinator the map and the charts, each with its table, small counts as "< 5"', async () => {
    const page = await (await browser.newContext()).newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));

    // The landing page and sign-in never fetch the library or the shapes.
    await signInOn(page, server, 'coordinator@demo.example');
    expect(requested.filter((path) => OVERVIEW_ASSETS.test(path))).toEqual([]);

    await page.goto(`${server.url}${CONSOLE}`);
    const map = page.getByRole('img', { name: /^Kaart van Nederland met de gemeenten gekleurd/ });
    await map.waitFor();
    for (const chart of [
      /^Staafdiagram van de aanmeldingen per maand/,
      /^Staafdiagram van de gehouden sessies per maand/,
      /^Lijndiagram van het aantal uitgenodigde en aanwezige deelnemers/,
      /^Lijndiagram van de gemiddelde waardering/,
      /^Lijndiagram van het aandeel groepen/,
      /^Staafdiagram van het aantal gepubliceerde samenvattingen per onderwerp/,
    ])
      await page.getByRole('img', { name: chart }).waitFor();
    expect(requested.some((path) => /\/assets\/nl-2025\.topo-[\w-]+\.json$/.test(path))).toBe(true);
    // Every municipality is drawn, and the legend names the classes.
    expect(await map.locator('path').count()).toBeGreaterThanOrEqual(342);
    await page.getByText('Minder dan 5', { exact: true }).waitFor();
    await page.getByText('Grenzen: CBS, Gebiedsindelingen 2025 (CC BY 4.0).').waitFor();
    await expectNoAxeViolations(page, `${CONSOLE} (map and charts)`);

    // The map's table opens from the keyboard, and lists all 342 municipalities.
    const mapTable = page.getByText('Tabel: professionals per gemeente', { exact: true });
    await tabUntilFocused(page, mapTable);
    await page.keyboard.press('Enter');
    const table = page.getByRole('table', {
      name: 'Professionals die meedoen, per gemeente',
      exact: true,
    });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(342);
    const counts = await table.locator('tbody td:last-child').allTextContents();
    // The demo network has people in some municipalities, few in others, none in most.
    expect(counts.some((c) => c === '0')).toBe(true);
    expect(counts.some((c) => c !== '0')).toBe(true);
    // A count of 1 to 4 is never shown: it reads "< 5".
    expect(counts.filter((c) => !/^(< 5|0|\d*[5-9]|\d{2,}|\d+\.\d+)$/.test(c))).toEqual([]);
    expect(counts.filter((c) => /^[1-4]$/.test(c))).toEqual([]);

    // Each chart's table too, with the months of the year.
    await page.getByText('Tabel: Aanmeldingen', { exact: true }).click();
    const signUps = page.getByRole('table', { name: 'Aanmeldingen', exact: true });
    await signUps.waitFor();
    expect(await signUps.locator('tbody tr').count()).toBe(12);
    const signUpCells = await signUps.locator('tbody td').allTextContents();
    expect(signUpCells.filter((c) => /^[1-4]$/.test(c))).toEqual([]);
    await page
      .getByText('Tabel: Gepubliceerde samenvattingen per onderwerp', { exact: true })
      .click();
    await page
      .getByRole('table', { name: 'Gepubliceerde samenvattingen per onderwerp', exact: true })
      .waitFor();

    // Nothing in the pictures names a small count either: no titles, and the names say
    // where the figures are instead.
    const pictureTexts = await page
      .locator('svg[role="img"]')
      .evaluateAll((svgs) =>
        svgs.flatMap((svg) => [
          svg.getAttribute('aria-label') ?? '',
          ...[...svg.querySelectorAll('title')].map((t) => t.textContent ?? ''),
        ]),
      );
    expect(
      pictureTexts.filter((text) =>
        /(^|\D)[1-4](\D|$)/.test(text.replace(/1–5|1 tot 5|3 of meer/g, '')),
      ),
    ).toEqual([]);
    await expectNoAxeViolations(page, `${CONSOLE} (tables open)`);
  });
});
