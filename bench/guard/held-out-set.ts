// Template sentences filled with names the guard has never seen (the held-out fifth of every
// name list, names/held-out.ts) and freshly generated numbers, to measure how the guard does on
// data it was not built from. Seeded: the same seed gives the same set.
import { passesElfproef, isValidWrittenIban } from '@ods/shared/guard/index';
import type { LabelledSentence } from '@ods/shared/guard/labelled-set';
import { HELD_OUT_FIRST_NAMES, HELD_OUT_SURNAMES } from './names/held-out.ts';

type Kind = LabelledSentence['expected'][number]['kind'];
type Slot = { text: string; kind?: Kind };

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const MUNICIPALITIES = ['Zwolle', 'Leeuwarden', 'Tilburg', 'Heerlen', 'Almere', 'Emmen', 'Ede'];
const ORGANISATIONS = [
  'het Leger des Heils',
  'Vluchtelingenwerk',
  'de Kredietbank',
  'het Juridisch Loket',
  'Veilig Thuis',
  'de GGD',
  'het UWV',
  'Humanitas',
];
const MONTHS = ['Januari', 'maart', 'Juni', 'september', 'November'];
const PARTICLES = ['van', 'de', 'van der', 'van den', 'van de', 'el', 'ter', 'in het'];

/**
 * `count` sentences from templates; each template marks personal data with {kind:...}. Name
 * slots take held-out names, number slots fresh numbers with valid checksums.
 */
export function heldOutSet(count: number, seed = 15): LabelledSentence[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const digits = (n: number): string =>
    Array.from({ length: n }, () => Math.floor(rnd() * 10)).join('');
  const first = (): string => pick(HELD_OUT_FIRST_NAMES);
  const sur = (): string => pick(HELD_OUT_SURNAMES);
  const bsnDigits = (): string => {
    for (;;) {
      const d = `${1 + Math.floor(rnd() * 9)}${digits(8)}`;
      if (passesElfproef(d)) return d;
    }
  };
  const group = (d: string, sizes: number[], sep: string): string => {
    const parts: string[] = [];
    let at = 0;
    for (const size of sizes) {
      parts.push(d.slice(at, at + size));
      at += size;
    }
    return parts.join(sep);
  };
  const bsn = (): string =>
    pick([
      () => bsnDigits(),
      () => group(bsnDigits(), [3, 3, 3], ' '),
      () => group(bsnDigits(), [3, 3, 3], '.'),
      () => group(bsnDigits(), [4, 2, 3], '-'),
      () => group(bsnDigits(), [4, 2, 3], ' '),
      () => group(bsnDigits(), [2, 2, 2, 3], '.'),
      // Over a line break, as a narrow column or a pasted signature wraps it.
      () => group(bsnDigits(), [3, 3, 3], ' ').replace(/ (\d{3})$/, '\n$1'),
      () => group(bsnDigits(), [3, 3, 3], '-'),
    ])();
  const iban = (): string => {
    const bank = pick(['INGB', 'RABO', 'ABNA', 'SNSB', 'TRIO', 'ASNB', 'BUNQ', 'KNAB']);
    for (;;) {
      const account = digits(10);
      for (let check = 2; check <= 98; check++) {
        const electronic = `NL${String(check).padStart(2, '0')}${bank}${account}`;
        if (!isValidWrittenIban(electronic)) continue;
        return pick([
          () => electronic,
          () => electronic.replace(/(.{4})/g, '$1 ').trim(),
          () =>
            electronic
              .replace(/(.{4})/g, '$1 ')
              .trim()
              .toLowerCase(),
          () =>
            `${electronic.slice(0, 2)} ${electronic.slice(2, 4)} ${electronic.slice(4, 8)} ${electronic.slice(8)}`,
          () => electronic.replace(/(.{4})/g, '$1-').replace(/-$/, ''),
          () =>
            electronic
              .replace(/(.{4})/g, '$1 ')
              .trim()
              .replace(/ (\S+ \S+)$/, '\n$1'),
        ])();
      }
    }
  };
  const phone = (): string =>
    pick([
      () => `06-${digits(8)}`,
      () => `06 ${digits(4)} ${digits(4)}`,
      () => `+31 6 ${digits(8)}`,
      () => `0${pick(['10', '20', '30', '70', '50'])}-${digits(7)}`,
      () => `06.${digits(2)}.${digits(2)}.${digits(2)}.${digits(2)}`,
      () => `06 ${digits(2)}\n${digits(2)} ${digits(2)} ${digits(2)}`,
    ])()
      // No mobile number starts 06-0; the digit after the separator becomes a 1 (before, the
      // 0 of 06 did: '16 0…' is no phone number).
      .replace(/^06([- ])0/, '06$11');
  const date = (): string =>
    `${1 + Math.floor(rnd() * 28)}-${1 + Math.floor(rnd() * 12)}-${1940 + Math.floor(rnd() * 80)}`;
  const postcode = (): string =>
    `${1 + Math.floor(rnd() * 9)}${digits(3)} ${pick(['AB', 'KL', 'MN', 'TR', 'GH', 'XP'])}`;

  const name = (kind: Kind = 'person-name'): Slot[] => [{ text: `${first()} ${sur()}`, kind }];
  const templates: (() => Slot[])[] = [
    () => [...name(), { text: ' belde gisteren over de huurachterstand.' }],
    () => [
      { text: 'Volgens haar broer ' },
      { text: first(), kind: 'person-name' },
      { text: ' slaapt ze slecht.' },
    ],
    () => [
      { text: first(), kind: 'person-name' },
      { text: ' belde vanochtend in paniek, de deurwaarder stond voor de deur.' },
    ],
    () => [
      { text: 'De moeder van ' },
      { text: first(), kind: 'person-name' },
      { text: ' heeft het contact met school afgebroken.' },
    ],
    () => [
      { text: 'Ik heb met ' },
      ...name(),
      { text: ' afgesproken dat ze volgende week langskomt.' },
    ],
    () => [
      { text: 'De partner, ' },
      ...name(),
      { text: ', werkt via een uitzendbureau in de kassen.' },
    ],
    () => [
      { text: `${first().charAt(0)}. ${sur()}`, kind: 'person-name' },
      { text: ' van de woningcorporatie wil een gesprek.' },
    ],
    () => [
      { text: `Mw. ${sur()}`, kind: 'person-name' },
      { text: ' gaf aan dat haar man het geld beheert.' },
    ],
    () => [
      { text: 'haar zoon ' },
      { text: first(), kind: 'person-name' },
      { text: ' zit op het speciaal onderwijs' },
    ],
    () => [
      { text: 'Gisteren sprak ik ' },
      { text: first(), kind: 'person-name' },
      { text: ' over zijn schulden.' },
    ],
    () => [
      { text: `${first()} ${pick(PARTICLES)} ${sur()}`, kind: 'person-name' },
      { text: ' is de bewindvoerder.' },
    ],
    () => [
      { text: 'Tijdens het MDO zei ' },
      { text: first(), kind: 'person-name' },
      { text: ' dat hij een baan heeft gevonden.' },
    ],
    () => [{ text: 'Het contact met ' }, ...name(), { text: ' verloopt via whatsapp.' }],
    () => [
      { text: 'Zijn nicht ' },
      ...name(),
      { text: ' heeft de kinderen een paar dagen opgevangen.' },
    ],
    () => [
      { text: `meneer ${sur()}`, kind: 'person-name' },
      { text: ' wil niet dat zijn vrouw alleen naar afspraken gaat' },
    ],
    () => [
      { text: first(), kind: 'person-name' },
      { text: ' en ' },
      { text: first(), kind: 'person-name' },
      { text: ' zijn in 2021 uit elkaar gegaan.' },
    ],
    () =>
      [{ text: 'De familie ' }, { text: sur() }, { text: ' heeft een eigen bedrijfje.' }].map(
        (s, i) =>
          i === 0
            ? { text: 'De ' }
            : i === 1
              ? { text: `familie ${s.text}`, kind: 'person-name' as Kind }
              : s,
      ),
    () => [
      { text: `${first()} ${sur()}-${sur()}`, kind: 'person-name' },
      { text: ' is mantelzorger voor haar vader.' },
    ],
    () => [{ text: 'Cliënt ' }, ...name(), { text: ' wil zijn verhaal niet opnieuw vertellen.' }],
    () => [
      { text: 'Bij het gesprek waren ook ' },
      { text: first(), kind: 'person-name' },
      { text: ' en zijn advocaat aanwezig.' },
    ],
    () => [
      { text: 'De buurvrouw, ' },
      ...name(),
      { text: ', heeft de melding bij Veilig Thuis gedaan.' },
    ],
    () => [
      { text: 'Oma ' },
      { text: first(), kind: 'person-name' },
      { text: ' past drie dagen per week op.' },
    ],
    () => [
      { text: 'Haar BSN is ' },
      { text: bsn(), kind: 'bsn' },
      { text: ', dat stond ook op de uitdraai.' },
    ],
    () => [
      { text: 'bsn ' },
      { text: bsn(), kind: 'bsn' },
      { text: ' graag uit het verslag halen' },
    ],
    () => [
      { text: 'De school mailde een lijst met o.a. ' },
      { text: bsn(), kind: 'bsn' },
      { text: ' erop.' },
    ],
    () => [{ text: 'Leefgeld naar ' }, { text: iban(), kind: 'iban' }, { text: ' overmaken.' }],
    () => [{ text: 'IBAN: ' }, { text: iban(), kind: 'iban' }],
    () => [
      { text: 'Mevr is bereikbaar op ' },
      { text: phone(), kind: 'phone' },
      { text: ' na 15.00 uur.' },
    ],
    () => [
      { text: 'Zoon (geb. ' },
      { text: date(), kind: 'date-of-birth' },
      { text: ') zit in groep 8.' },
    ],
    () => [
      { text: 'Ze woont nu in ' },
      { text: postcode(), kind: 'address' },
      { text: ' bij een kennis.' },
    ],
    // Look-alikes: places, organisations, months, amounts and numbers without personal data.
    () => [
      { text: `In ${pick(MUNICIPALITIES)} werkt het wijkteam samen met ${pick(ORGANISATIONS)}.` },
    ],
    () => [
      {
        text: `In ${pick(MONTHS)} is er weer een MDO met ${pick(ORGANISATIONS)} en de Raad voor de Kinderbescherming.`,
      },
    ],
    () => [
      {
        text: `Zaaknummer ${digits(4)}-${digits(6)} loopt nog, de schuld is € ${digits(2)}.${digits(3)},${digits(2)}.`,
      },
    ],
    () => [{ text: `Het ordernummer ${digits(4)}-${digits(2)}-${digits(3)}0 is van de traplift.` }],
    () => [
      {
        text: `Mevrouw vertelde dat ze vroeger in ${pick(MUNICIPALITIES)} bij ${pick(ORGANISATIONS)} werkte.`,
      },
    ],
  ];
  const set: LabelledSentence[] = [];
  for (let i = 0; i < count; i++) {
    const slots = (templates[i % templates.length] as () => Slot[])();
    const text = slots.map((s) => s.text).join('');
    const expected = slots.flatMap((s) => (s.kind ? [{ kind: s.kind, match: s.text }] : []));
    set.push({ text, expected });
  }
  return set;
}
