// What the guard knows about a single capitalised word: a first name, a surname, an ordinary
// Dutch word, a place, an organisation. Built once, on first use, from names/lists.ts.
import { AMBIGUOUS_NAMES, COMMON_WORDS, FIRST_NAMES, PLACES, SURNAMES } from './lists.ts';

/** Lower case without diacritics, the form every list is kept in. */
export function nameKey(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o');
}

// Words that are never a person's name even where the lists or the shape say so: months and
// days (typed with a capital in case notes), forms of address and roles, words that start a
// sentence, organisations and brands of the social domain whose names hold a first name or
// look like a surname, and laws.
const NEVER_NAMES = (
  'januari februari maart april mei juni juli augustus september oktober november december ' +
  'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag pasen kerst pinksteren ramadan suikerfeest offerfeest ' +
  'noem noemen mevrouw meneer mevr mw dhr heer wethouder burgemeester minister directeur voorzitter dokter rechter officier ' +
  'consulent regisseur casusregisseur wijkcoach client cliënt klant inwoner moeder vader zoon dochter oma opa ' +
  'heils humanitas parnassia arkin lentis pro persona ggz ggd uwv svb cjib duo cak cjg ' +
  'albert heijn jumbo lidl aldi action hema kruidvat zeeman blokker philips ikea ' +
  'menzis zilveren kruis vgz cz eneco vattenfall essent ziggo kpn ymere eigen haard vestia woonbron ' +
  'triple mee zonnebloem kringloop nibud halt reclassering streetcornerwork humankind hago ' +
  'wmo jeugdwet participatiewet awb bw wlz zvw act ' +
  'god allah jezus marokkaans marokkaanse turks turkse surinaams surinaamse antilliaans antilliaanse pools poolse ' +
  'nederlands nederlandse engels engelse arabisch berbers tigrinya somalisch papiaments'
).split(' ');
// Places people call by another name than the CBS list, provinces and regions, and whole
// organisation names whose words would otherwise read as a first name and a surname.
const OTHER_PLACES_AND_ORGANISATIONS = [
  'Den Bosch',
  'Den Haag',
  'Groningen',
  'Friesland',
  'Fryslân',
  'Drenthe',
  'Overijssel',
  'Flevoland',
  'Gelderland',
  'Noord-Holland',
  'Zuid-Holland',
  'Zeeland',
  'Noord-Brabant',
  'Brabant',
  'Limburg',
  'Randstad',
  'Hollands Midden',
  'Haaglanden',
  'Rijnmond',
  'Kennemerland',
  'Zaanstreek',
  'Gooi en Vechtstreek',
  'Midden-Nederland',
  'Noord-Nederland',
  'Oost-Nederland',
  'Zuid-Limburg',
  'West-Brabant',
  'Midden-Brabant',
  'Zuidoost-Brabant',
  'Noord-Veluwe',
  'Twente',
  'Achterhoek',
  'Veluwe',
  'Betuwe',
  'Holland',
  'Bonaire',
  'Sint Eustatius',
  'Saba',
  'Albert Heijn',
  'Jan Linders',
  'Dirk van den Broek',
  'Leger des Heils',
  'Veilig Thuis',
  'Juridisch Loket',
  'Rode Kruis',
  'Raad voor de Kinderbescherming',
  'Jeugdzorg Plus',
  'Beschermd Wonen',
  'Sociaal Wijkteam',
  'Max Havelaar',
  'Ronald McDonald',
  'Pieter Baan',
  'Emma Kinderziekenhuis',
  'Prinses Máxima',
  'Willem-Alexander',
  'Sint Maarten',
  'Sint Nicolaas',
  'Sinterklaas',
];

/** What kind of word a capitalised token is, for the name rules. */
export interface WordClass {
  first: boolean;
  surname: boolean;
  /** Also an ordinary Dutch word (or a compound of two). */
  common: boolean;
  /** A place, month, organisation word, role or abbreviation: never part of a name. */
  never: boolean;
}

interface Lexicon {
  first: Set<string>;
  surname: Set<string>;
  ambiguous: Set<string>;
  common: Set<string>;
  never: Set<string>;
  places: RegExp;
}

let lexicon: Lexicon | undefined;
const spaced = (list: string): Set<string> => new Set(list.split(' '));

function load(): Lexicon {
  if (lexicon) return lexicon;
  const never = new Set(NEVER_NAMES);
  const placeNames = PLACES.split('|');
  const places = [...placeNames, ...OTHER_PLACES_AND_ORGANISATIONS]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  lexicon = {
    first: spaced(FIRST_NAMES),
    surname: spaced(SURNAMES),
    ambiguous: spaced(AMBIGUOUS_NAMES),
    common: spaced(COMMON_WORDS),
    never,
    // The lookahead lets the engine skip every position that cannot start a name quickly.
    places: new RegExp(
      `(?<![\\p{L}\\p{N}])(?=[\\p{Lu}'])(?:${places.join('|')})(?![\\p{L}\\p{N}])`,
      'gu',
    ),
  };
  return lexicon;
}

/** Spans of municipality, country and organisation names in the text, which hold no person's name. */
export function placeSpans(text: string): [number, number][] {
  // Two detectors ask for the same text in one scan; the last answer is kept.
  if (lastPlaces?.text !== text)
    lastPlaces = {
      text,
      spans: [...text.matchAll(load().places)].map((m) => [m.index, m.index + m[0].length]),
    };
  return lastPlaces.spans;
}
let lastPlaces: { text: string; spans: [number, number][] } | undefined;

// Endings that make a word from a word: 'bescherm' → 'bescherming', 'vlucht' → 'vluchteling'.
const DERIVATIONS = [
  'elingen',
  'eling',
  'lingen',
  'ling',
  'ingen',
  'ing',
  'heden',
  'heid',
  'schappen',
  'schap',
  'isme',
  'aties',
  'atie',
  'iteit',
  'ster',
  'erij',
  'baar',
  'lijke',
  'lijk',
  'loze',
  'loos',
  'ende',
  'achtig',
  'ers',
  'er',
  'en',
  'd',
  't',
  'e',
  's',
];
const commonCache = new Map<string, boolean>();

function isCommon(key: string, lex: Lexicon): boolean {
  if (lex.common.has(key)) return true;
  if (key.length < 9) return false;
  // Adjectives of these endings are never names: 'juridisch', 'medische', 'sociale'.
  if (/(?:isch|ische|ieke|ele|ale|ieve|aire)$/.test(key)) return true;
  const cached = commonCache.get(key);
  if (cached !== undefined) return cached;
  let result = false;
  // A derived word whose stem is an ordinary word.
  for (const ending of DERIVATIONS) {
    const stem = key.slice(0, -ending.length);
    if (key.endsWith(ending) && stem.length >= 3 && (lex.common.has(stem) || isCommon(stem, lex))) {
      result = true;
      break;
    }
  }
  // A compound of two ordinary words ('kinderopvang', 'voedselbank', 'jeugdbescherming').
  for (let i = 3; !result && i <= key.length - 3; i++) {
    const left = key.slice(0, i);
    const right = key.slice(i);
    if (!(lex.common.has(right) || (right.length > 8 && isCommon(right, lex)))) continue;
    result =
      lex.common.has(left) ||
      (left.endsWith('s') && lex.common.has(left.slice(0, -1))) ||
      (left.endsWith('en') && lex.common.has(left.slice(0, -2))) ||
      (left.length > 8 && isCommon(left, lex));
  }
  if (commonCache.size > 5_000) commonCache.clear();
  commonCache.set(key, result);
  return result;
}

const STREET_OR_AREA =
  /(?:straat|straatweg|laan|weg|plein|gracht|kade|singel|dijk|steeg|dreef|hof|pad|plantsoen|allee|wal|markt|park|baan|haven|wijk|buurt|dorp|stad|polder|veld)$/;

/** Classifies one word (no spaces); a hyphenated word by its parts ('Gert-Jan', 'Nieuw-West'). */
export function classify(word: string): WordClass {
  const lex = load();
  const parts = word.split(/[-‐]/).filter((p) => p.length > 0);
  if (parts.length > 1) {
    const classes = parts.map((p) => classify(p));
    return {
      first: classes.every((c) => c.first),
      surname: classes.every((c) => c.surname || c.first) && classes.some((c) => c.surname),
      common: classes.some((c) => c.common && !c.first && !c.surname),
      never: classes.some((c) => c.never),
    };
  }
  const key = nameKey(word.replace(/['’]s$/, ''));
  const lettersOnly = word.replace(/[^\p{L}]/gu, '');
  const never =
    lex.never.has(key) ||
    (lettersOnly.length >= 2 && lettersOnly === lettersOnly.toUpperCase()) ||
    (STREET_OR_AREA.test(key) && !lex.surname.has(key));
  const first = lex.first.has(key);
  const surname = lex.surname.has(key);
  const common = first || surname ? lex.ambiguous.has(key) : isCommon(key, lex);
  return { first, surname, common, never };
}
