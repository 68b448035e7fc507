import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildThemeCss } from './build-theme.ts';
import { contrastRatio } from './contrast.ts';

type TokenTree = { [key: string]: TokenTree | { $value: string } };

const tokens = JSON.parse(
  await readFile(new URL('./tokens.json', import.meta.url), 'utf8'),
) as TokenTree;

/** A token's final value, following {references} through the token file. */
function resolve(path: string): string {
  const node = path
    .split('.')
    .reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], tokens);
  const value = (node as { $value?: unknown } | undefined)?.$value;
  if (typeof value !== 'string') throw new Error(`no token ${path}`);
  const reference = /^\{([^}]+)\}$/.exec(value);
  return reference ? resolve(reference[1]!) : value;
}

const u = (name: string) => resolve(`utrecht.${name}`);
const page = u('document-background-color');

// Text pairs need 4.5:1 (WCAG 1.4.3), borders and other non-text parts 3:1 (WCAG 1.4.11).
const TEXT_PAIRS: ReadonlyArray<readonly [string, string, string]> = [
  ['body text', u('document-color'), page],
  ['link', u('link-color'), page],
  ['link on hover', u('link-hover-color'), page],
  ['primary button', u('button-primary-action-color'), u('button-primary-action-background-color')],
  [
    'primary button on hover',
    u('button-primary-action-hover-color'),
    u('button-primary-action-hover-background-color'),
  ],
  [
    'danger button',
    u('button-primary-action-danger-color'),
    u('button-primary-action-danger-background-color'),
  ],
  [
    'secondary button',
    u('button-secondary-action-color'),
    u('button-secondary-action-background-color'),
  ],
  ['secondary danger button', u('button-secondary-action-danger-color'), page],
  ['subtle button', u('button-subtle-color'), page],
  ['subtle danger button', u('button-subtle-danger-color'), page],
  ['info notice', u('alert-info-color'), u('alert-info-background-color')],
  ['success notice', u('alert-ok-color'), u('alert-ok-background-color')],
  ['warning notice', u('alert-warning-color'), u('alert-warning-background-color')],
  ['error notice', u('alert-error-color'), u('alert-error-background-color')],
  ['error message', u('form-field-error-message-color'), page],
  ['text in a field', u('form-control-color'), u('form-control-background-color')],
  ['placeholder', u('form-control-placeholder-color'), u('form-control-background-color')],
  [
    'active suggestion',
    u('listbox-option-active-color'),
    u('listbox-option-active-background-color'),
  ],
  ['skip link', resolve('nl.skip-link-color'), resolve('nl.skip-link-background-color')],
  ['footer', resolve('ods.color.background'), u('page-footer-background-color')],
  [
    'header (brand colour with white text)',
    resolve('ods.color.background'),
    resolve('ods.color.primary'),
  ],
];

const NON_TEXT_PAIRS: ReadonlyArray<readonly [string, string, string]> = [
  ['field border', u('form-control-border-color'), page],
  ['invalid field border', u('form-control-invalid-border-color'), page],
  ['secondary button border', u('button-secondary-action-border-color'), page],
  ['radio button border', u('radio-button-border-color'), page],
  ['checked radio button', u('radio-button-checked-background-color'), page],
  ['focus ring', u('focus-outline-color'), page],
];

describe('the project theme', () => {
  it('is the CSS that Style Dictionary builds from tokens.json (run `pnpm --filter @ods/web theme` after an edit)', async () => {
    const committed = await readFile(new URL('./ods-theme.css', import.meta.url), 'utf8');
    expect(committed).toBe(await buildThemeCss());
  });

  it('sets each token as a custom property and keeps references, so one brand colour changes all its uses', async () => {
    const swapped = structuredClone(tokens) as TokenTree & {
      ods: { color: { primary: { $value: string } } };
    };
    swapped.ods.color.primary.$value = '#00594f';
    const css = await buildThemeCss(swapped);
    expect(css).toContain('.ods-theme {');
    expect(css).toContain('--ods-color-primary: #00594f;');
    expect(css).toContain(
      '--utrecht-button-primary-action-background-color: var(--ods-color-primary);',
    );
  });

  it.each(TEXT_PAIRS)('gives %s a contrast of at least 4.5:1', (_name, foreground, background) => {
    expect(contrastRatio(foreground, background)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(NON_TEXT_PAIRS)(
    'gives the %s a contrast of at least 3:1',
    (_name, foreground, background) => {
      expect(contrastRatio(foreground, background)).toBeGreaterThanOrEqual(3);
    },
  );
});
