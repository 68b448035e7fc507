import { readFile, writeFile } from 'node:fs/promises';
import StyleDictionary from 'style-dictionary';
import type { DesignTokens } from 'style-dictionary/types';

/** The class on <html> (web/index.html) that the theme's custom properties are set on. */
export const THEME_CLASS = 'ods-theme';

const TOKENS_FILE = new URL('./tokens.json', import.meta.url);
const THEME_FILE = new URL('./ods-theme.css', import.meta.url);

/**
 * The theme's CSS, built by Style Dictionary from tokens.json: one custom property per token
 * (`utrecht.button-color` → `--utrecht-button-color`), and a token that refers to another
 * (`{ods.color.primary}`) stays a var() reference, so the brand colours can be changed in one
 * place even in the built CSS.
 */
export async function buildThemeCss(tokens?: DesignTokens): Promise<string> {
  const source = tokens ?? (JSON.parse(await readFile(TOKENS_FILE, 'utf8')) as DesignTokens);
  const dictionary = new StyleDictionary({
    tokens: source,
    log: { verbosity: 'silent', warnings: 'disabled' },
    platforms: {
      css: {
        // Values stay as written (no colour conversion): what the token file says is what the
        // browser gets.
        transforms: ['name/kebab'],
        files: [
          {
            destination: 'ods-theme.css',
            format: 'css/variables',
            options: { selector: `.${THEME_CLASS}`, outputReferences: true, showFileHeader: true },
          },
        ],
      },
    },
  });
  const [file] = await dictionary.formatPlatform('css');
  if (!file || typeof file.output !== 'string') throw new Error('Style Dictionary built no CSS');
  return file.output;
}

/** Writes ods-theme.css beside tokens.json (`pnpm --filter @ods/web theme`). */
export async function writeThemeCss(): Promise<void> {
  await writeFile(THEME_FILE, await buildThemeCss());
}

if (import.meta.url === `file://${process.argv[1]}`) await writeThemeCss();
