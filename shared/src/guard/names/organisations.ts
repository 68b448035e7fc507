// Organisation names of the social domain hold words that read as a first name and a surname
// ('Otto Workforce', 'Stichting Vivenz', 'Huisartsenpraktijk Jansen', 'OBS De Hoop'). Such a
// name is recognised by its organisation word, before it (a legal form, a kind of institution)
// or after it (a legal form, a line of business), and kept out of the name rules.
import { classify } from './lexicon.ts';

// Words that start an organisation's name: what follows, up to the first small word, belongs to it.
const HEADS = (
  'Stichting Zorggroep Zorgcentrum Woonzorgcentrum Verpleeghuis Zorginstelling Welzijn Welzijnsorganisatie ' +
  'Wijkteam Buurtteam Jeugdteam Gebiedsteam Jeugdzorg Jeugdhulp Jeugdhulpverlening GGD GGZ ' +
  'Basisschool Kindcentrum IKC OBS CBS RKBS PCBS KBS SBO VSO SO School Scholengemeenschap College Lyceum ' +
  'Gymnasium Mavo Havo Vmbo ROC Hogeschool Universiteit Ziekenhuis Kliniek Praktijk Huisartsenpraktijk ' +
  'Huisartsenpost Gezondheidscentrum Apotheek Vereniging Coöperatie Woningcorporatie Woonstichting ' +
  'Woningstichting Wooncorporatie Kinderopvang Kinderdagverblijf KDV BSO Peuterspeelzaal Buurthuis ' +
  'Wijkcentrum Dorpshuis Moskee Fonds Bewindvoering Bewindvoerderskantoor Advocatenkantoor ' +
  'Uitzendbureau Thuiszorg Zorgboerderij Dagbesteding Inloophuis Huize Instituut Academie Groep'
).split(' ');
// The few that start an organisation's name also written in small letters ('van stichting Vivenz').
const LOWER_CASE_HEADS = new Set(
  'stichting zorggroep basisschool huisartsenpraktijk woonstichting woningcorporatie uitzendbureau'.split(
    ' ',
  ),
);
// Words that end an organisation's name: the capitalised words before them belong to it.
const TAILS = (
  'BV B.V. B.V NV N.V. N.V VOF V.O.F. Groep Group Holding Workforce Services Solutions Care Zorg Welzijn ' +
  'Wonen Thuiszorg Jeugdzorg Jeugdhulp Uitzendbureau Uitzendgroep Detachering Personeelsdiensten Partners ' +
  'Advies Consultancy Consult Bewindvoering Beheer Foundation Academy Academie College Lyceum Instituut ' +
  'Kliniek Praktijk Apotheek Fysiotherapie Kinderopvang Dagbesteding Kindcentrum Centrum Transport ' +
  'Logistics Logistiek Schoonmaak Schoonmaakdiensten Techniek Makelaardij Accountants Advocaten ' +
  'Notarissen Verzekeringen Incasso Gerechtsdeurwaarders Deurwaarders International Stichting Vereniging Fonds'
).split(' ');
// Compounds that name an institution by their last part: 'Veiligheidshuis', 'Jongerenwerk'.
const INSTITUTION_END =
  /(?:huis|centrum|centra|teams?|bank|loket|school|scholen|college|zorg|welzijn|groep|stichting|kliniek|praktijk|opvang|werk|diensten?|punt|hulp)$/;

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORD_END = '(?![\\p{L}\\p{N}])';
// A capitalised word of an organisation's name, and the small words inside one ('Vrienden van het Kind').
const NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}\\p{N}'’&-]*";
const INNER = "(?:de|het|'t|den|der|voor|aan|op|van de|van het|van den|van der)";
const HEAD = new RegExp(
  `(?<![\\p{L}\\p{N}])(${HEADS.map(escape).join('|')}|${[...LOWER_CASE_HEADS].join('|')})${WORD_END}((?:[ \\t]+(?:${INNER}[ \\t]+)*${NAME_WORD})*)`,
  'gu',
);
const TAIL = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${NAME_WORD}[ \\t]+(?:${INNER}[ \\t]+)*){1,3}(?:${TAILS.map(escape).join('|')})${WORD_END}`,
  'gu',
);
// A capitalised compound that may name an institution, and the capitalised words after one
// (read only after an institution, so a long run of capitalised words is read once).
const COMPOUND = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}{3,}(?![\p{L}\p{N}])/gu;
const RUN_AFTER = new RegExp(`(?:[ \\t]+${NAME_WORD})*`, 'uy');
// The capitalised words just before an institution's name belong to it: 'Twentse Zorgcentra'.
const RUN_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${NAME_WORD}[ \\t]+){1,2}$`, 'u');
// English names of organisations and brands: 'Emma at Work', 'Dress for Success'; the word after
// 'at', 'for' or 'the' is no name ('Waiting for Anna' is a person). Not 'of', which is Dutch for
// 'or' ('Sanne of Kevin'), nor 'and' ('Anna and Bram' in notes written in English).
const ENGLISH = new RegExp(
  `(?<![\\p{L}\\p{N}])${NAME_WORD}[ \\t]+(?:at|for|the)[ \\t]+(${NAME_WORD})`,
  'gu',
);
// 'Zorg en Veiligheidshuis': an organisation word joined by 'en' to an organisation's name.
const JOINED_BEFORE = /(\p{Lu}[\p{L}-]*)[ \t]+(?:en|&)[ \t]+$/u;
const ORGANISATION_WORDS = new Set([...HEADS, ...TAILS].map((w) => w.toLowerCase()));

/** Whether a capitalised compound names an institution: an ordinary compound, not a surname ('Nijhuis'). */
function isInstitution(word: string): boolean {
  const key = word.toLowerCase();
  if (ORGANISATION_WORDS.has(key)) return true;
  const end = INSTITUTION_END.exec(key);
  if (!end) return false;
  const cls = classify(word);
  if (cls.surname || cls.first) return false;
  // 'Zorgcentra': the word list may lack the compound, not its first part.
  const left = key.slice(0, end.index);
  return cls.common || (left.length >= 4 && classify(left).common);
}

/**
 * How much of the words after an organisation word belong to the organisation: up to a first
 * name that is no ordinary word, which starts a person ('Aanwezig: Wijkteam Jeroen de Vries').
 */
function personAfter(run: string): number {
  for (const word of run.matchAll(/\S+/g)) {
    const cls = classify(word[0]);
    if (cls.first && !cls.common) return word.index;
  }
  return run.length;
}

let last: { text: string; spans: [number, number][] } | undefined;

/** Spans of organisation names (with their organisation word) in the text, which hold no person's name. */
export function organisationSpans(text: string): [number, number][] {
  if (last?.text === text) return last.spans;
  const spans: [number, number][] = [];
  for (const m of text.matchAll(HEAD)) {
    const head = m[1] ?? '';
    if (head === head.toLowerCase() && !LOWER_CASE_HEADS.has(head)) continue;
    spans.push([m.index, m.index + head.length + personAfter(m[2] ?? '')]);
  }
  for (const m of text.matchAll(TAIL)) spans.push([m.index, m.index + m[0].length]);
  let compoundEnd = 0;
  for (const m of text.matchAll(COMPOUND)) {
    // Inside the last institution's span: its run of capitalised words was read already.
    if (m.index < compoundEnd || !isInstitution(m[0])) continue;
    const before = RUN_BEFORE.exec(text.slice(Math.max(0, m.index - 60), m.index));
    RUN_AFTER.lastIndex = m.index + m[0].length;
    const after = personAfter(RUN_AFTER.exec(text)?.[0] ?? '');
    compoundEnd = m.index + m[0].length + after;
    spans.push([m.index - (before?.[0].length ?? 0), compoundEnd]);
  }
  for (const m of text.matchAll(ENGLISH)) {
    const after = classify(m[1] ?? '');
    if (!after.first && !after.surname) spans.push([m.index, m.index + m[0].length]);
  }
  for (const span of [...spans]) {
    const joined = JOINED_BEFORE.exec(text.slice(Math.max(0, span[0] - 40), span[0]));
    if (joined && ORGANISATION_WORDS.has((joined[1] ?? '').toLowerCase()))
      spans.push([span[0] - joined[0].length, span[1]]);
  }
  last = { text, spans };
  return spans;
}
