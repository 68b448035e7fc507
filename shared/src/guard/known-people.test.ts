import { describe, expect, it } from 'vitest';
import { findKnownPeople } from './known-people.ts';

const matches = (text: string, people: Parameters<typeof findKnownPeople>[1]): string[] =>
  findKnownPeople(text, people).map((f) => f.match);

describe('names the system knows', () => {
  const lenn = {
    name: 'Lenn Janssen',
    email: 'lenn@voorbeeld.nl',
    organisation: 'Stichting Welzijn Oost',
  };

  it('finds full name, first name, surname, e-mail and organisation, longest first', () => {
    const text =
      'Lenn Janssen vertelde het; Lenn en mevrouw Janssen, lenn@voorbeeld.nl, van Stichting Welzijn Oost.';
    expect(matches(text, [lenn])).toEqual([
      'Lenn Janssen',
      'Lenn',
      'Janssen',
      'lenn@voorbeeld.nl',
      'Stichting Welzijn Oost',
    ]);
    expect(findKnownPeople(text, [lenn]).every((f) => f.severity === 'block')).toBe(true);
  });

  it('ignores case and accents, but only whole words', () => {
    const people = [{ name: 'Ayşe Öztürk' }];
    expect(matches('AYSE OZTURK en ayşe öztürk belden; Ozturks en Aysenur niet.', people)).toEqual([
      'AYSE OZTURK',
      'ayşe öztürk',
    ]);
  });

  it('keeps surname particles with the surname, and an ordinary word counts only with a capital', () => {
    const people = [{ name: 'Roos van der Berg' }];
    expect(matches('Van der Berg en Roos, een roos in de berg.', people)).toEqual([
      'Van der Berg',
      'Roos',
    ]);
  });

  it('gives offsets into the original text, also after characters that fold to two', () => {
    const text = 'İstanbul: Anna de Vries';
    const [finding] = findKnownPeople(text, [{ name: 'Anna de Vries' }]);
    expect(text.slice(finding?.start, finding?.end)).toBe('Anna de Vries');
  });
});
