import { describe, expect, it } from 'vitest';
import en from './en.json';
import nl from './nl.json';
import { type Catalogue, translateIn } from './translate.ts';

const dutch = [{ language: 'nl' as const, catalogue: nl }];
const english = [{ language: 'en' as const, catalogue: en }, ...dutch];

describe('translateIn', () => {
  it('finds a text by its path and fills its placeholders', () => {
    expect(translateIn(dutch, 'notFound.title')).toBe(nl.notFound.title);
    expect(translateIn(english, 'notFound.title')).toBe(en.notFound.title);
    expect(
      translateIn(dutch, 'library.contributors.named', { name: 'Anna', municipality: 'Ede' }),
    ).toBe(
      nl.library.contributors.named.replace('{{name}}', 'Anna').replace('{{municipality}}', 'Ede'),
    );
  });

  it('picks the plural form by count, and the zero form for none when there is one', () => {
    const catalogue = { n: { item_one: '{{count}} ding', item_other: '{{count}} dingen' } };
    const zero = { n: { ...catalogue.n, item_zero: 'niets' } };
    const nlSource = (c: Catalogue) => [{ language: 'nl' as const, catalogue: c }];
    expect(translateIn(nlSource(catalogue), 'n.item', { count: 1 })).toBe('1 ding');
    expect(translateIn(nlSource(catalogue), 'n.item', { count: 3 })).toBe('3 dingen');
    expect(translateIn(nlSource(catalogue), 'n.item', { count: 0 })).toBe('0 dingen');
    expect(translateIn(nlSource(zero), 'n.item', { count: 0 })).toBe('niets');
  });

  it('falls back to Dutch, then to the key, and shows a value not given as nothing', () => {
    const partial = [{ language: 'en' as const, catalogue: { a: 'A {{x}}.' } }, ...dutch];
    expect(translateIn(partial, 'notFound.title')).toBe(nl.notFound.title);
    expect(translateIn(partial, 'no.such.text')).toBe('no.such.text');
    expect(translateIn(partial, 'a')).toBe('A .');
  });

  it('gives lists and groups only when asked for them', () => {
    expect(translateIn(dutch, 'home.steps', { returnObjects: true })).toEqual(nl.home.steps);
    expect(translateIn(dutch, 'home.steps')).toBe('home.steps');
  });
});
