import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';

/** Debian's Chromium; never a browser a test tool downloads. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Runs axe (WCAG 2.1 A and AA rules) on the page and fails with the violations listed. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `max` presses. */
export async function tabTo(
  page: Page,
  matches: (el: { tag: string; label: string; type: string; text: string }) => boolean,
  max = 80,
): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return { tag: '', label: '', type: '', text: '' };
      const labelledBy = el.getAttribute('aria-labelledby');
      const label =
        el.getAttribute('aria-label') ??
        (labelledBy ? (document.getElementById(labelledBy)?.textContent ?? '') : '');
      const forLabel = el.id
        ? (document.querySelector(`label[for="${el.id}"]`)?.textContent ?? '')
        : '';
      return {
        tag: el.tagName.toLowerCase(),
        label: `${label} ${forLabel}`.trim(),
        type: el.getAttribute('type') ?? '',
        text: (el.textContent ?? '').trim(),
      };
    });
    if (matches(focused)) return;
  }
  throw new Error('element not reached with Tab');
}

/** Presses Tab until the element `target` finds has focus (keyboard only, no clicks). */
export async function tabUntilFocused(page: Page, target: Locator, max = 200): Promise<void> {
  const element = await target.elementHandle();
  if (!element) throw new Error('target not on the page');
  for (let i = 0; i < max; i += 1) {
    if (await element.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200));
  const wanted = await element.evaluate((el) => el.outerHTML.slice(0, 200));
  throw new Error(`${wanted} not reached with Tab; focus is on ${String(focused)}`);
}
