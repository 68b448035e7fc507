// Builds the guard's lookup lists from open data (see shared/src/guard/names/SOURCES.md), and
// splits every name list into the part the guard uses and a held-out part that only the bench
// uses to measure how the guard does on names it has never seen.
//
//   node bench/guard/build-name-lists.ts     (needs Debian's wdutch: apt-get install wdutch)
//
// Writes shared/src/guard/names/lists.ts (used part, common words, places) and
// bench/guard/names/held-out.ts (held-out part). Deterministic: the same inputs give the same files.
import { readFileSync, writeFileSync } from 'node:fs';
import { allLocales } from '@faker-js/faker';
import { format, resolveConfig } from 'prettier';

const ROOT = new URL('../../', import.meta.url);
const WORDLIST = '/usr/share/dict/dutch';

/** Lower case without diacritics: the form the guard compares in. */
export function nameKey(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o');
}

// FNV-1a: a stable hash, so the split does not change between runs or machines.
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
/** One in five names (by hash of the key) is held out. */
const isHeldOut = (key: string): boolean => hash(`held-out:${key}`) % 5 === 0;

type PersonDefinitions = { first_name?: unknown; last_name?: unknown };
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}
function fakerNames(locales: string[], field: 'first_name' | 'last_name'): string[] {
  return locales.flatMap((locale) => {
    const person = (allLocales as Record<string, { person?: PersonDefinitions }>)[locale]?.person;
    return strings(person?.[field]);
  });
}
function curated(file: string): string[] {
  return readFileSync(new URL(`bench/guard/names/${file}`, ROOT), 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .flatMap((line) => line.split(/\s+/));
}

const PARTICLES = new Set(
  "van de der den ter ten te het 't in op la le du da di el al von bin ben dos das del d' l'".split(
    ' ',
  ),
);
/** A name as one word without particles ('van der Linden' → 'Linden'), in Latin letters only. */
function cleanNames(names: string[]): string[] {
  const out = new Map<string, string>();
  for (const raw of names) {
    const words = raw.normalize('NFC').trim().split(/\s+/);
    for (const word of words) {
      if (PARTICLES.has(word.toLowerCase())) continue;
      if (!/^\p{Lu}[\p{Ll}'’-]*\p{Ll}$/u.test(word) || !/^[\p{Script=Latin}'’-]+$/u.test(word))
        continue;
      if (word.length < 3) continue;
      const key = nameKey(word);
      if (!out.has(key)) out.set(key, word);
    }
  }
  return [...out.values()];
}

const FIRST_NAME_LOCALES = [
  'nl',
  'nl_BE',
  'tr',
  'pl',
  'de',
  'fr',
  'es',
  'pt_PT',
  'en',
  'en_IN',
  'id_ID',
  'ku_kmr_latin',
];
const SURNAME_LOCALES = [
  'nl',
  'nl_BE',
  'tr',
  'pl',
  'de',
  'fr',
  'es',
  'pt_PT',
  'en',
  'en_IN',
  'id_ID',
];
const firstNames = cleanNames([
  ...fakerNames(FIRST_NAME_LOCALES, 'first_name'),
  ...curated('curated-first-names.txt'),
]);
const surnames = cleanNames([
  ...fakerNames(SURNAME_LOCALES, 'last_name'),
  ...curated('curated-surnames.txt'),
]);

// OpenTaal's word list: the entries in lower case are ordinary Dutch words (with inflections).
const words = readFileSync(WORDLIST, 'utf8').split('\n');
const lowerWords = words.filter((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w));
const allCommon = new Set(lowerWords.map(nameKey));
// The guard ships the words of 2 to 8 letters (longer ones it splits as compounds); the build
// uses the whole list to mark names that are also ordinary words ('Roos', 'Bakker').
const shippedCommon = [...new Set(lowerWords.map(nameKey))]
  .filter((w) => w.length >= 2 && w.length <= 8 && /^[a-z]+$/.test(w))
  .sort();

const municipalities = readFileSync(new URL('db/data/municipalities.csv', ROOT), 'utf8')
  .split('\n')
  .slice(1)
  .map((line) => {
    const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? [];
    return (cells[1] ?? '').replace(/,$/, '').replace(/^"|"$/g, '');
  })
  .filter((name) => name.length > 0);
const regionNames = new Intl.DisplayNames(['nl'], { type: 'region' });
const countries: string[] = [];
for (let a = 65; a <= 90; a++)
  for (let b = 65; b <= 90; b++) {
    const code = String.fromCharCode(a, b);
    try {
      const name = regionNames.of(code);
      if (name && name !== code && !/^\p{Lu}{2}$/u.test(name)) countries.push(name);
    } catch {
      // not a region code
    }
  }

function split(names: string[]): { used: string[]; heldOut: string[] } {
  const used: string[] = [];
  const heldOut: string[] = [];
  for (const name of names) (isHeldOut(nameKey(name)) ? heldOut : used).push(name);
  return { used: used.sort(), heldOut: heldOut.sort() };
}
const first = split(firstNames);
const sur = split(surnames);
const keys = (names: string[]): string => [...new Set(names.map(nameKey))].sort().join(' ');
const ambiguous = [...first.used, ...sur.used].filter((n) => allCommon.has(nameKey(n)));

const header = (what: string): string =>
  `// GENERATED by bench/guard/build-name-lists.ts from open data (see names/SOURCES.md): ${what}.\n// Do not edit by hand; change the sources or the script and run it again.\n`;

/** Writes a TypeScript file formatted as the repository's Prettier settings say. */
async function writeFormatted(path: URL, source: string): Promise<void> {
  const options = (await resolveConfig(path)) ?? {};
  writeFileSync(path, await format(source, { ...options, filepath: path.pathname }));
}

await writeFormatted(
  new URL('shared/src/guard/names/lists.ts', ROOT),
  `${header('the used part of the name lists, common Dutch words, places')}
/** First names (lower case, no diacritics), space-separated: the used four fifths of the sources. */
export const FIRST_NAMES = ${JSON.stringify(keys(first.used))};
/** Surnames without particles (lower case, no diacritics), space-separated. */
export const SURNAMES = ${JSON.stringify(keys(sur.used))};
/** Names in the lists above that are also ordinary Dutch words ('roos', 'bakker'): they need more evidence. */
export const AMBIGUOUS_NAMES = ${JSON.stringify(keys(ambiguous))};
/** Ordinary Dutch words of 2 to 8 letters (OpenTaal), lower case without diacritics, space-separated. */
export const COMMON_WORDS = ${JSON.stringify(shippedCommon.join(' '))};
/** The 342 municipalities (CBS 2026) and the countries and territories in Dutch (Unicode CLDR), '|'-separated. */
export const PLACES = ${JSON.stringify([...new Set([...municipalities, ...countries])].sort().join('|'))};
`,
);
await writeFormatted(
  new URL('bench/guard/names/held-out.ts', ROOT),
  `${header('the held-out fifth of the name lists, never used by the guard')}
export const HELD_OUT_FIRST_NAMES: readonly string[] = ${JSON.stringify(first.heldOut)};
export const HELD_OUT_SURNAMES: readonly string[] = ${JSON.stringify(sur.heldOut)};
`,
);
console.log(
  `first names ${first.used.length} used / ${first.heldOut.length} held out; surnames ${sur.used.length} / ${sur.heldOut.length}; ambiguous ${ambiguous.length}; common words ${shippedCommon.length}; places ${municipalities.length} + ${countries.length}`,
);
