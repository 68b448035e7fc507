import { placeSpans } from '../names/lexicon.ts';
import type { Candidate } from '../types.ts';

// A postcode: four digits (not starting with 0), two letters (never SA, SD or SS). With a space
// the letters must be capitals, so 'in 2015 en' stays a year. An optional house number follows.
const POSTCODE =
  /(?<![\p{L}\p{N}])[1-9]\d{3}(?: (?!SA|SD|SS)[A-Z]{2}|(?!sa|sd|ss)[A-Za-z]{2})(?![\p{L}\p{N}])(?:,?\s(?:nr\.?\s?)?\d{1,5}(?:[a-zA-Z](?![\p{L}\p{N}]))?(?![\p{L}\p{N}]|[.,:]\d))?/gu;

// Last part of a street name: 'Kerkstraat', 'Beukenlaan', 'Prins Hendrikkade'. Suffixes that are
// also common words or town endings ('dam', 'veld', 'ring') are left out on purpose.
const SUFFIX =
  '(?:straat|straatweg|laan|weg|plein|gracht|kade|singel|dijk|steeg|dreef|hof|pad|plantsoen|allee|wal|markt|boulevard|park|baan|haven|kanaal)';
// Words that are a whole street name on their own or with a qualifier: 'Oude Gracht', 'Laan van Meerdervoort'.
const STANDALONE =
  '(?:Laan|Plein|Kade|Singel|Gracht|Dijk|Markt|Brink|Dam|Haven|Wal|Dreef|Steeg|Boulevard)';
const CAP = "(?:'s-)?\\p{Lu}[\\p{L}'’-]*";
const LINK = "(?:van|de|der|den|het|'t|aan|op|in|bij|te|ten|ter|la|le|von|du)";
const HOUSE_NUMBER =
  '\\d{1,5}(?:\\s?[a-zA-Z](?![\\p{L}\\p{N}])|-[a-zA-Z0-9]{1,3}(?![\\p{L}\\p{N}]))?(?![\\p{L}\\p{N}]|[.,:]\\d)';
const STREET = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(?:(?:${CAP}|${LINK})\\s+){0,3}(?:(?:'s-)?\\p{Lu}[\\p{L}'’-]*${SUFFIX}|${STANDALONE}(?:\\s+${LINK}){0,2}(?:\\s+${CAP})?)\\s+(${HOUSE_NUMBER})`,
  'gu',
);

// Leading words the street pattern may swallow that belong to the sentence, not the name.
const SENTENCE_WORD =
  /^(?:in|op|aan|bij|naar|via|het|een|uit|over|langs|vanaf|tot|richting|en|of|woont|wonend|woonachtig|adres|zij|hij|ze|wij|we|de|van|den|der|te|ten|ter|'t)\s+/i;
const SENTENCE_START = /(?:^|[.!?:]\s*|\n\s*)$/;
const KEEP_CAPITALISED = /^(?:De|Van|Den|Ter|Ten|Het)\s+\p{Lu}/u;
// Names of municipalities that end like a street; 'gemeente X 12' is never an address either.
// (db/src/guard-on-reference-data.test.ts checks all municipality names.)
const NOT_A_STREET = /(?:^|\s)(?:Moerdijk|Stadskanaal)$|^gemeente\s/i;

/**
 * Length of the leading sentence words in a street match. Mid-sentence a capitalised 'De' or
 * 'Van' belongs to the name ('aan de Van Speijkstraat'); at the start of a sentence it may be an article.
 */
function sentenceWordsLength(name: string, atSentenceStart: boolean): number {
  let length = 0;
  for (let m = SENTENCE_WORD.exec(name); m !== null; m = SENTENCE_WORD.exec(name.slice(length))) {
    const keep =
      KEEP_CAPITALISED.test(name.slice(length)) &&
      !(atSentenceStart && length === 0 && /^(?:De|Het)\s/.test(name));
    if (keep) break;
    length += m[0].length;
  }
  return length;
}

function isYear(houseNumber: string): boolean {
  const n = Number(houseNumber);
  return houseNumber.length === 4 && n >= 1900 && n <= 2099;
}

// 'op de Vaartsche Rijn 23', 'aan het Spui 4': a street without a street-like ending, told by
// the preposition and article before it and the house number after it.
// (No lookbehind: one that is tried at every position of a long text costs more than the rest.)
const AFTER_ON_THE = new RegExp(
  `(?:^|[\\s(])(?:[Oo]p|[Aa]an)\\s+(?:de|het|'t)\\s+((?:\\p{Lu}[\\p{L}'’-]*\\s+){0,2}\\p{Lu}[\\p{L}'’-]*\\s+(${HOUSE_NUMBER}))`,
  'gu',
);

// After the word 'postcode' the letters may be small with a space too: 'postcode 3512 jk'.
const LABELLED_POSTCODE = /\bpostcode\s*:?\s*([1-9]\d{3} ?(?!sa|sd|ss)[a-z]{2})(?![\p{L}\p{N}])/giu;

/** Postcodes (with house number) and street names with a house number. */
export function findAddress(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(POSTCODE)) {
    found.push({ kind: 'address', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(STREET)) {
    const houseNumber = m[1] ?? '';
    const atSentenceStart = SENTENCE_START.test(text.slice(Math.max(0, m.index - 3), m.index));
    const start = m.index + sentenceWordsLength(m[0], atSentenceStart);
    const name = text.slice(start, m.index + m[0].length - houseNumber.length).trim();
    if (
      isYear(houseNumber) ||
      NOT_A_STREET.test(name) ||
      /gemeente\s+$/i.test(text.slice(Math.max(0, start - 9), start))
    )
      continue;
    found.push({ kind: 'address', start, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(LABELLED_POSTCODE)) {
    const code = m[1] ?? '';
    const start = m.index + m[0].length - code.length;
    if (!found.some((f) => f.start <= start && start < f.end))
      found.push({ kind: 'address', start, end: start + code.length });
  }
  const places = placeSpans(text);
  for (const m of text.matchAll(AFTER_ON_THE)) {
    const street = m[1] ?? '';
    const houseNumber = m[2] ?? '';
    const end = m.index + m[0].length;
    const start = end - street.length;
    if (places.some(([s, e]) => start < e && s < end)) continue;
    const name = street.slice(0, street.length - houseNumber.length).trim();
    if (isYear(houseNumber) || NOT_A_STREET.test(name)) continue;
    found.push({ kind: 'address', start, end });
  }
  return found;
}
