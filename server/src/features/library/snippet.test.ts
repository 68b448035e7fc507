import { describe, expect, it } from 'vitest';
import { snippetOf } from './snippet.ts';

const text =
  'Hoe kort je de wachttijd in?\n' +
  'In Utrecht werkt een vast team. '.repeat(8) +
  'De wachtlijst voor schuldhulp verdween door een snelle intake. ' +
  'Daarna volgt nog veel meer tekst over budgetcoaches. '.repeat(6);

describe('snippetOf', () => {
  it('shows the passage around the first search word, with ellipses where it is cut', () => {
    const snippet = snippetOf(text, ['wachtlijst']);
    expect(snippet).toContain('De wachtlijst voor schuldhulp');
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(185);
  });

  it('starts at the body without a search, leaving out the title line', () => {
    expect(snippetOf(text, []).startsWith('In Utrecht werkt')).toBe(true);
  });

  it('finds words regardless of case and accents', () => {
    expect(snippetOf('Titel\nEen café in Zwolle helpt.', ['cafe'])).toBe(
      'Een café in Zwolle helpt.',
    );
  });
});
