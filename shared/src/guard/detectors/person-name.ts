import type { Candidate } from '../types.ts';

// Forms of address that introduce a (sur)name: 'mevrouw Jansen', 'de heer De Vries', 'dhr. Bakker'.
const TITLE =
  '(?:[Mm]evrouw|[Mm]evr\\.|[Mm]w\\.|[Mm]ej\\.|[Mm]eneer|[Mm]ijnheer|[Dd]e [Hh]eer|[Dd]hr\\.|[Ff]amilie|[Ff]am\\.|[Gg]ezin|[Mm]r\\.|[Dd]rs?\\.|[Ii]r\\.|[Pp]rof\\.)';
const INITIALS = '(?:\\p{Lu}\\.\\s?){1,4}';
const GIVEN_NAME = '\\p{Lu}\\p{Ll}+';
const PARTICLE =
  "(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Tt]e|[Hh]et|'t|[Ii]n|[Oo]p|[Ll]a|[Ll]e|[Dd]u|[Dd]a|[Dd]i|[Ee]l|[Aa]l|[Vv]on|[Bb]in|[Bb]en)";
// A surname has a capital and at least one small letter; it may be double ('Jansen-de Vries').
const SURNAME =
  "\\p{Lu}[\\p{L}'’]*\\p{Ll}[\\p{L}'’]*(?:-(?:" +
  PARTICLE +
  "\\s+)*\\p{Lu}[\\p{L}'’]*\\p{Ll}[\\p{L}'’]*)?";
const NAME = `(?:${INITIALS}\\s*|(?:${GIVEN_NAME}\\s+){1,2}(?=(?:${PARTICLE}\\s+)*\\p{Lu}))?(?:${PARTICLE}\\s+){0,3}${SURNAME}`;

const TITLED = new RegExp(`(?<![\\p{L}\\p{N}])(${TITLE})\\s+(${NAME})(?![\\p{L}\\p{N}])`, 'gu');
// 'ze heet Anna de Vries', 'genaamd Piet Bakker': a full name (given name plus surname).
const NAMED = new RegExp(
  `(?<=\\b(?:heet|heten|genaamd|naam is)\\s+)(${GIVEN_NAME}\\s+(?:${PARTICLE}\\s+){0,3}${SURNAME})(?![\\p{L}\\p{N}])`,
  'gu',
);

// Capitalised words after a title that are no name: roles and words that start a sentence.
const NOT_A_NAME = new Set(
  (
    'Wethouder Burgemeester Minister Staatssecretaris Directeur Voorzitter Dokter Rechter Officier ' +
    'Zij Hij Ze Die Dat Deze Dit Een Ik Wij We Daarna Toen Maar En Ook Er Wat Hoe Waar Wie Nu Dan ' +
    'Consulent Regisseur Casusregisseur Wijkcoach Cliënt Client Klant Inwoner'
  ).split(' '),
);
// The writer has already made the name up: 'we noemen haar mevrouw Bakker', 'mevrouw Bakker (fictief)'.
const FICTIONAL_BEFORE = /\bnoem(?:en|t)?\s+(?:\S+\s+){0,2}$/i;
const FICTIONAL_AFTER =
  /^\s*\(?\s*(?:fictie|fictief|fictieve|gefingeerd|verzonnen|niet (?:haar|zijn) echte naam)/i;

function isNoName(name: string): boolean {
  return name.split(/\s+/).some((word) => NOT_A_NAME.has(word));
}

/** Names of people introduced with a form of address or as someone's full name. */
export function findPersonName(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(TITLED)) {
    const title = m[1] ?? '';
    const name = m[2] ?? '';
    if (isNoName(name)) continue;
    const end = m.index + m[0].length;
    if (isMarkedFictional(text, m.index, end)) continue;
    found.push({ kind: 'person-name', start: m.index, end, replacement: `${title} A.` });
  }
  for (const m of text.matchAll(NAMED)) {
    const end = m.index + m[0].length;
    if (isNoName(m[0]) || isMarkedFictional(text, m.index, end)) continue;
    found.push({ kind: 'person-name', start: m.index, end, replacement: 'A.' });
  }
  return found;
}

function isMarkedFictional(text: string, start: number, end: number): boolean {
  return (
    FICTIONAL_BEFORE.test(text.slice(Math.max(0, start - 30), start)) ||
    FICTIONAL_AFTER.test(text.slice(end, end + 30))
  );
}
