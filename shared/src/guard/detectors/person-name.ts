import { classify, nameKey, placeSpans, type WordClass } from '../names/lexicon.ts';
import { organisationSpans } from '../names/organisations.ts';
import type { Candidate } from '../types.ts';

// Names are found the way Deduce (Menger et al. 2018) and Presidio do it: lookup lists (first
// names and surnames from open data, names/SOURCES.md), patterns (initials, surname particles,
// double surnames, forms of address) and context words as extra evidence (family words before a
// name, verbs of speech after it), with ordinary Dutch words, places and organisations kept out.

// Forms of address that introduce a (sur)name: 'mevrouw Jansen', 'de heer De Vries', 'dhr Bakker'.
const TITLE =
  '(?:[Mm]evrouw|[Mm]evr\\.?|[Mm]w\\.?|[Mm]ej\\.|[Mm]eneer|[Mm]ijnheer|[Dd]e [Hh]eer|[Dd]hr\\.?|[Ff]amilie|[Ff]am\\.|[Gg]ezin|[Mm]r\\.|[Dd]rs?\\.|[Ii]r\\.|[Pp]rof\\.)';
const INITIALS = '(?:\\p{Lu}\\.\\s?){1,4}';
const GIVEN_NAME = '\\p{Lu}\\p{Ll}+';
const PARTICLE_PATTERN =
  "(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Tt]e|[Hh]et|'t|[Ii]n|[Oo]p|[Ll]a|[Ll]e|[Dd]u|[Dd]a|[Dd]i|[Ee]l|[Aa]l|[Vv]on|[Bb]in|[Bb]en)";
// A surname has a capital and at least one small letter; it may be double ('Jansen-de Vries'),
// and Surinamese names of Chinese origin join their parts with a capital A ('Tjon-A-Fong').
const SURNAME =
  "\\p{Lu}[\\p{L}'’]*\\p{Ll}[\\p{L}'’]*(?:-(?:\\p{Lu}-)?(?:" +
  PARTICLE_PATTERN +
  "\\s+)*\\p{Lu}[\\p{L}'’]*\\p{Ll}[\\p{L}'’]*)?";
const NAME = `(?:${INITIALS}\\s*|(?:${GIVEN_NAME}\\s+){1,2}(?=(?:${PARTICLE_PATTERN}\\s+)*\\p{Lu}))?(?:${PARTICLE_PATTERN}\\s+){0,3}${SURNAME}`;
const TITLED = new RegExp(`(?<![\\p{L}\\p{N}])(${TITLE})\\s+(${NAME})(?![\\p{L}\\p{N}])`, 'gu');
// 'ze heet Anna de Vries', 'genaamd Piet Bakker': a full name (given name plus surname).
const NAMED = new RegExp(
  `(?<=\\b(?:heet|heten|genaamd|naam is)\\s+)(${GIVEN_NAME}\\s+(?:${PARTICLE_PATTERN}\\s+){0,3}${SURNAME})(?![\\p{L}\\p{N}])`,
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
// Capitalised words that start a clause and are no name, even before a capitalised word.
const SENTENCE_WORDS = new Set(
  (
    'Het De Een Ze Zij Hij Er Dit Dat Die Deze Daarna Toen Maar En Ook Nu Dan Wel Niet Als Omdat Want ' +
    'Dus Bij In Op Met Voor Na Tijdens Volgens Gisteren Vandaag Morgen Vanochtend Vanmiddag Vanavond ' +
    'Ik Wij We Jij Je U Hun Haar Zijn Mijn Onze Wie Wat Waar Hoe Waarom Iedereen Niemand Alle Sinds ' +
    'Over Onder Naast Tussen Zonder Vanaf Tot Door Om Aan Uit Verder Ook Toch Soms Vaak Nooit Altijd'
  ).split(' '),
);

// The writer has made the name up: 'we noemen haar Sanne', 'mevrouw Bakker (fictief)'.
// 'Ze noemt haar stiefvader Ron' is what someone else calls a real person, not the writer's choice.
const FICTIONAL_BEFORE =
  /(?<!\b(?:ze|zij|hij|die|mw|mevrouw|meneer|dhr)\.?\s+)\bnoem(?:en|t)?\b[^.!?\n]*$/i;
const FICTIONAL_AFTER =
  /^\s*(?:\(?\s*(?:fictie|fictief|fictieve|gefingeerd|verzonnen|niet (?:haar|zijn) echte naam)|noem(?:en|t)?\b)/i;

// Surname particles as separate words: 'van der Linden', 'el Khatib', "in 't Veld".
const PARTICLES = new Set(
  "van de der den ter ten te het 't op la le du da di el al von bin ben dos das del ait".split(' '),
);
// Words just before a name that say a person follows: 'haar broer Ahmed', 'de moeder van Jayden'.
const FAMILY_WORDS = new Set(
  (
    'broer broertje zus zusje zuster moeder vader zoon zoontje dochter dochtertje oma opa tante oom ' +
    'neef neefje nicht nichtje partner vriend vriendje vriendin vriendinnetje buurman buurvrouw buurjongen ' +
    'buurmeisje man vrouw echtgenoot echtgenote ex stiefvader stiefmoeder stiefzoon stiefdochter ' +
    'schoonmoeder schoonvader schoonzus schoonzoon schoondochter zwager kind baby jongen meisje juf meester ' +
    'mentor begeleider cliënt client jongere pleegmoeder pleegvader pleegzoon pleegdochter pleegkind ' +
    'kleinzoon kleindochter collega volgens heet genaamd'
  ).split(' '),
);
// Verbs that say the word before them is a person: 'Sanne belde', 'Karim zei'.
const PERSON_VERBS = new Set(
  (
    'belde belt zei zegt vertelde vertelt vroeg vraagt mailde mailt appte appt antwoordde reageerde ' +
    'gaf geeft wil wilde woont woonde werkt werkte kwam komt ging gaat heeft had zit zat kan kon moet ' +
    'moest vindt vond weet wist liet laat huilde schreeuwde durft durfde beloofde belooft is was'
  ).split(' '),
);

// Speech and contact verbs that, in inverted order, put the person after them: 'Tijdens het MDO zei
// Omar', 'Gisteren belde Sanne'; and 'sprak ik Kevin', 'contact met Sevda'.
const INVERTED_VERBS = new Set(
  'zei zegt vertelde vertelt belde belt vroeg vraagt mailde mailt appte appt antwoordde reageerde huilde'.split(
    ' ',
  ),
);
const PRONOUNS = new Set('ik we wij hij zij ze je jij u'.split(' '));
const MEETING_VERBS = new Set('sprak spreek zag zie bel belde sprak ontmoette bezocht'.split(' '));
const CONTACT_WORDS = new Set(
  'gesproken gebeld contact afgesproken overlegd gesprek gemaild geappt overleg'.split(' '),
);

interface Token {
  text: string;
  start: number;
  end: number;
  capital: boolean;
  /** A single capital followed by a dot: 'J.' in 'J. de Boer'. */
  initial: boolean;
  sentenceStart: boolean;
  cls?: WordClass;
}

const WORD = /\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*/gu;

// Characters between two words that end a sentence or open a new clause.
const BOUNDARY_CHARS = new Set(['.', '!', '?', ':', ';', '\n', '(', '"', '“', '‘', '•', '*']);

/** Whether the gap text[from, to) starts a new sentence (a list dash counts too). */
function isBoundary(text: string, from: number, to: number, afterInitial: boolean): boolean {
  let dot = false;
  let other = false;
  for (let i = from; i < to; i++) {
    const ch = text.charAt(i);
    if (ch === '.') dot = true;
    else if (BOUNDARY_CHARS.has(ch)) other = true;
    else if (ch === '-' && text.charAt(i + 1) === ' ' && text.slice(from, i).trim() === '')
      other = true;
  }
  // The dot after an initial ('J. de Boer') ends no sentence.
  return other || (dot && !afterInitial);
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  let previousInitial = false;
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const first = word.charAt(0);
    const capital = first !== first.toLowerCase();
    const initial = capital && word.length === 1 && text.charAt(m.index + 1) === '.';
    tokens.push({
      text: word,
      start: m.index,
      end: m.index + word.length,
      capital,
      initial,
      sentenceStart: tokens.length === 0 || isBoundary(text, previousEnd, m.index, previousInitial),
    });
    previousEnd = m.index + word.length;
    previousInitial = initial;
  }
  return tokens;
}

function wordClass(token: Token): WordClass {
  token.cls ??= classify(token.text);
  return token.cls;
}

/** Whether two tokens are separated by spaces only (or an initial's dot), so they can form one name. */
function joined(text: string, a: Token, b: Token): boolean {
  return /^\.?[ \t]{1,2}$|^\.$/.test(text.slice(a.end, b.start));
}

function isParticle(token: Token): boolean {
  return PARTICLES.has(token.text.toLowerCase()) || token.text === "'t";
}

/** 'haar broer …', 'de moeder van …': a family word just before token `first`. */
function familyWordBefore(text: string, tokens: Token[], first: number): boolean {
  const before = tokens[first - 1];
  if (!before || !/^[\s,]*$/.test(text.slice(before.end, tokens[first]?.start ?? 0))) return false;
  const word = before.text.toLowerCase();
  return (
    (FAMILY_WORDS.has(word) && word !== 'volgens') ||
    (word === 'van' && FAMILY_WORDS.has(tokens[first - 2]?.text.toLowerCase() ?? ''))
  );
}

// Prepositions before a word make it a place or organisation sooner than a person: 'bij Humanitas werkte'.
const PREPOSITIONS = new Set('bij in naar uit voor aan op via door tot vanuit richting'.split(' '));

/**
 * Evidence around a name that it is a person: a family word, an inverted verb of speech or a
 * contact phrase before it; or, after it, a verb or 'en zijn/haar …'. `weak` leaves out the
 * evidence after the name, which a capitalised ordinary word at the start of a sentence may also
 * have ('Gisteren belde …').
 */
function hasEvidence(
  text: string,
  tokens: Token[],
  first: number,
  last: number,
  weak = false,
): boolean {
  const before = tokens[first - 1];
  const gapBefore = before ? text.slice(before.end, tokens[first]?.start ?? 0) : '';
  const word = before?.text.toLowerCase() ?? '';
  if (before && /^[\s,]*$/.test(gapBefore)) {
    if (FAMILY_WORDS.has(word)) return true;
    const beforeThat = tokens[first - 2]?.text.toLowerCase() ?? '';
    if (word === 'van' && FAMILY_WORDS.has(beforeThat)) return true;
    if (INVERTED_VERBS.has(word)) return true;
    if (PRONOUNS.has(word) && MEETING_VERBS.has(beforeThat)) return true;
    if (
      word === 'met' &&
      tokens
        .slice(Math.max(0, first - 5), first - 1)
        .some((t) => CONTACT_WORDS.has(t.text.toLowerCase()))
    )
      return true;
  }
  if (weak || (before && PREPOSITIONS.has(word) && /^\s+$/.test(gapBefore))) return false;
  const lastToken = tokens[last] as Token;
  const after = tokens[last + 1];
  if (after === undefined || !/^\s+$/.test(text.slice(lastToken.end, after.start))) return false;
  if (PERSON_VERBS.has(after.text.toLowerCase())) return true;
  const afterThat = tokens[last + 2];
  return (
    after.text === 'en' &&
    afterThat !== undefined &&
    /^(?:zijn|haar|hun)$/.test(afterThat.text) &&
    /^\s+$/.test(text.slice(after.end, afterThat.start))
  );
}

// 'op de Vaartsche Rijn', 'aan het Hobbemaplein': after these a capitalised word is a street or place.
const PLACE_PREPOSITION =
  /(?:^|[\s(])(?:op|aan|langs|via|over|bij|in|naar|rond|uit)\s+(?:de|het|den)\s+$/i;
function afterPlacePreposition(text: string, token: Token): boolean {
  return PLACE_PREPOSITION.test(text.slice(Math.max(0, token.start - 14), token.start));
}

/**
 * Which characters lie in a place or organisation name, one flag per character: looked up per
 * word, so a text full of organisation names costs no more than one without.
 */
function maskedCharacters(text: string): Uint8Array {
  if (lastMasked?.text === text) return lastMasked.flags;
  const flags = new Uint8Array(text.length);
  for (const [start, end] of [...placeSpans(text), ...organisationSpans(text)])
    flags.fill(1, start, end);
  lastMasked = { text, flags };
  return flags;
}
let lastMasked: { text: string; flags: Uint8Array } | undefined;

function isMasked(flags: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (flags[i] === 1) return true;
  return false;
}

/** Names found from the words themselves (lists, shape, particles, initials, context). */
function findByWords(text: string): Candidate[] {
  const tokens = tokenize(text);
  const masked = maskedCharacters(text);
  const inPlace = (t: Token): boolean => isMasked(masked, t.start, t.end);
  const usable = (t: Token | undefined): t is Token =>
    t !== undefined &&
    t.capital &&
    (t.initial || t.text.length > 1) &&
    !inPlace(t) &&
    !NOT_A_NAME.has(t.text) &&
    !afterPlacePreposition(text, t);
  const found: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const head = tokens[i];
    if (!usable(head)) {
      i++;
      continue;
    }
    // Given part: initials, or up to three first names.
    let j = i;
    let initials = 0;
    let given = 0;
    while (
      tokens[j]?.initial &&
      (j === i || joined(text, tokens[j - 1] as Token, tokens[j] as Token))
    ) {
      initials++;
      j++;
    }
    if (initials === 0) {
      while (
        given < 3 &&
        usable(tokens[j]) &&
        !tokens[j]?.initial &&
        (j === i || joined(text, tokens[j - 1] as Token, tokens[j] as Token))
      ) {
        const cls = wordClass(tokens[j] as Token);
        if (!cls.first || cls.never) break;
        given++;
        j++;
      }
    }
    // Particles, then a surname.
    let k = j;
    let particles = 0;
    while (
      particles < 3 &&
      k > i &&
      tokens[k] !== undefined &&
      isParticle(tokens[k] as Token) &&
      joined(text, tokens[k - 1] as Token, tokens[k] as Token)
    ) {
      particles++;
      k++;
    }
    const surnameAt = k > i ? k : i + 1;
    const surname = tokens[surnameAt];
    const previous = tokens[surnameAt - 1];
    const surnameCls =
      usable(surname) && !surname.initial && previous && joined(text, previous, surname)
        ? wordClass(surname)
        : undefined;
    const surnameOk =
      surnameCls !== undefined &&
      !surnameCls.never &&
      (surnameCls.surname || !surnameCls.common || (surnameCls.first && particles === 0));
    const push = (from: number, to: number, replacement = '[naam]'): void => {
      const a = tokens[from] as Token;
      const b = tokens[to] as Token;
      found.push({ kind: 'person-name', start: a.start, end: b.end, replacement });
    };

    if (initials > 0) {
      // After initials any capitalised word is a surname ('H. Karst'), unless it starts a sentence.
      if (surnameCls && !surnameCls.never && !SENTENCE_WORDS.has((surname as Token).text) && k > i)
        push(i, surnameAt);
      i = Math.max(j, i + 1);
      continue;
    }
    if (given > 0) {
      if (surnameOk && surnameAt >= j) {
        push(i, surnameAt);
        i = surnameAt + 1;
      } else if (given >= 2) {
        push(i, j - 1);
        i = j;
      } else {
        const cls = wordClass(head);
        if (!cls.common || !head.sentenceStart || hasEvidence(text, tokens, i, i, true)) push(i, i);
        i = j;
      }
      continue;
    }
    // No known first name: two capitalised words that are no ordinary words ('Kamla Madera'), of
    // which one may be an ordinary word when it does not start the sentence; or one with evidence.
    const cls = wordClass(head);
    if (cls.never) {
      i++;
      continue;
    }
    const headUnknown = !cls.common || cls.surname;
    let m = i + 1;
    let midParticles = 0;
    while (
      midParticles < 3 &&
      tokens[m] !== undefined &&
      isParticle(tokens[m] as Token) &&
      joined(text, tokens[m - 1] as Token, tokens[m] as Token)
    ) {
      midParticles++;
      m++;
    }
    const next = tokens[m];
    const nextCls =
      usable(next) && !next.initial && joined(text, tokens[m - 1] as Token, next)
        ? wordClass(next)
        : undefined;
    if (nextCls && !nextCls.never && !SENTENCE_WORDS.has(head.text)) {
      const nextUnknown = !nextCls.common || nextCls.surname || nextCls.first;
      const pair =
        headUnknown ||
        (nextUnknown &&
          !nextCls.common &&
          (!head.sentenceStart || hasEvidence(text, tokens, i, m))) ||
        familyWordBefore(text, tokens, i);
      if (pair) {
        push(i, m);
        i = m + 1;
        continue;
      }
    }
    // An ordinary word needs evidence before it ('haar zoon Beker'); a verb after it is not enough.
    const evidence = hasEvidence(text, tokens, i, i, !headUnknown);
    if (evidence && !SENTENCE_WORDS.has(head.text)) push(i, i);
    i++;
  }
  return [...found, ...coordinated(text, tokens, found, usable)];
}

/** 'Marco en Linda': an unknown capitalised word joined by 'en' to a name found is a name too. */
function coordinated(
  text: string,
  tokens: Token[],
  found: Candidate[],
  usable: (t: Token | undefined) => t is Token,
): Candidate[] {
  const more: Candidate[] = [];
  const isFound = (t: Token | undefined): boolean =>
    t !== undefined && found.some((c) => c.start <= t.start && t.end <= c.end);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!usable(t) || t.initial || isFound(t)) continue;
    const cls = wordClass(t);
    if (cls.never || cls.common) continue;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    const linkAfter =
      next?.text === 'en' && /^\s+$/.test(text.slice(t.end, next.start)) && isFound(tokens[i + 2]);
    const linkBefore =
      prev?.text === 'en' && /^\s+$/.test(text.slice(prev.end, t.start)) && isFound(tokens[i - 2]);
    // 'Jono en Dwight zijn …': two unknown words joined by 'en' before a verb are two people.
    const pairAfter = tokens[i + 2];
    const verb = tokens[i + 3];
    const pairBeforeVerb =
      next?.text === 'en' &&
      usable(pairAfter) &&
      !pairAfter.initial &&
      !wordClass(pairAfter).never &&
      (!wordClass(pairAfter).common || wordClass(pairAfter).first) &&
      verb !== undefined &&
      (PERSON_VERBS.has(verb.text) ||
        /^(?:zijn|hebben|wonen|werken|kwamen|gingen)$/.test(verb.text));
    if (linkAfter || linkBefore || pairBeforeVerb)
      more.push({ kind: 'person-name', start: t.start, end: t.end, replacement: '[naam]' });
    if (pairBeforeVerb && !isFound(pairAfter))
      more.push({
        kind: 'person-name',
        start: pairAfter.start,
        end: pairAfter.end,
        replacement: '[naam]',
      });
  }
  return more;
}

/**
 * The name after a form of address without an organisation its particles ran into: 'mw.
 * Wiersma van de Kredietbank' is mw. Wiersma. Places stay ('mevrouw Van Houten' is a surname),
 * and so does a name of which nothing but particles would be left.
 */
function withoutOrganisation(text: string, start: number, name: string): string {
  const organisations = organisationSpans(text);
  const words = [...name.matchAll(/\S+/g)];
  let keep = words.length;
  while (keep > 0) {
    const word = words[keep - 1] as RegExpMatchArray;
    const from = start + (word.index ?? 0);
    const to = from + word[0].length;
    const inside = organisations.some(([s, e]) => from < e && s < to);
    const particle = PARTICLES.has(word[0].toLowerCase());
    if (!inside && !(particle && keep < words.length)) break;
    keep--;
  }
  const last = words[keep - 1];
  if (keep === words.length || !last) return name;
  return name.slice(0, (last.index ?? 0) + last[0].length);
}

function isNoName(name: string): boolean {
  return name.split(/\s+/).some((word) => NOT_A_NAME.has(word));
}

function isMarkedFictional(text: string, start: number, end: number): boolean {
  const sentenceStart = Math.max(
    text.lastIndexOf('.', start - 1),
    text.lastIndexOf('!', start - 1),
    text.lastIndexOf('?', start - 1),
    text.lastIndexOf('\n', start - 1),
  );
  return (
    FICTIONAL_BEFORE.test(text.slice(Math.max(0, sentenceStart + 1, start - 80), start)) ||
    FICTIONAL_AFTER.test(text.slice(end, end + 30))
  );
}

/**
 * Names of people: introduced with a form of address or as someone's full name, and found from
 * the name itself (first-name and surname lists, initials, particles, family words, verbs).
 * A name the writer marked as made up ('noem haar Sanne') is left out everywhere in the text.
 */
export function findPersonName(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(TITLED)) {
    const title = m[1] ?? '';
    const name = withoutOrganisation(text, m.index + m[0].length - (m[2] ?? '').length, m[2] ?? '');
    if (isNoName(name)) continue;
    found.push({
      kind: 'person-name',
      start: m.index,
      end: m.index + m[0].length - (m[2] ?? '').length + name.length,
      replacement: `${title} A.`,
    });
  }
  for (const m of text.matchAll(NAMED)) {
    if (isNoName(m[0])) continue;
    found.push({
      kind: 'person-name',
      start: m.index,
      end: m.index + m[0].length,
      replacement: 'A.',
    });
  }
  found.push(...findByWords(text));
  // Made-up names: every word of a name marked fictional once is made up throughout the text.
  const madeUp = new Set<string>();
  for (const c of found)
    if (isMarkedFictional(text, c.start, c.end))
      for (const word of text.slice(c.start, c.end).split(/\s+/)) madeUp.add(nameKey(word));
  return found.filter(
    (c) =>
      !text
        .slice(c.start, c.end)
        .split(/\s+/)
        .some(
          (word) =>
            madeUp.has(nameKey(word)) &&
            !NOT_A_NAME.has(word) &&
            !isTitleWord(word) &&
            !PARTICLES.has(word.toLowerCase()),
        ),
  );
}

function isTitleWord(word: string): boolean {
  return /^(?:mevrouw|mevr\.?|mw\.?|meneer|mijnheer|de|heer|dhr\.?|familie|fam\.|gezin)$/i.test(
    word,
  );
}
