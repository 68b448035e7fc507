// The names the system already knows: a summary must not carry the name, e-mail address or
// organisation of a participant who chose not to be named. Pure; the server supplies the people.
import { classify } from './names/lexicon.ts';
import type { Finding } from './types.ts';

/** One participant as the guard compares them; only what may not appear in the text. */
export interface KnownPerson {
  /** Full name as registered ('Anna de Vries'); first name, surname and the rest are derived. */
  name: string;
  email?: string | null;
  organisation?: string | null;
}

const REASON = {
  nl: 'Dit is de naam, het e-mailadres of de organisatie van een deelnemer aan deze sessie die niet met naam genoemd wil worden. Vervang het voordat de samenvatting gepubliceerd kan worden.',
  en: 'This is the name, e-mail address or organisation of a participant of this session who chose not to be named. Replace it before the summary can be published.',
};

const PARTICLES = new Set(
  "van de der den ter ten te het 't in op la le du da di el al von bin ben".split(' '),
);

/** Lower case without diacritics, with for every folded character the offset it came from. */
function fold(text: string): { folded: string; from: number[] } {
  let folded = '';
  const from: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const f = text.charAt(i).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    for (const c of f) {
      folded += c;
      from.push(i);
    }
  }
  from.push(text.length);
  return { folded, from };
}

interface Needle {
  folded: string;
  kind: 'person-name' | 'email';
  replacement: string;
  /** A single word that is also an ordinary word ('Roos', 'Smit') counts only with a capital. */
  needsCapital: boolean;
}

function needlesOf(person: KnownPerson): Needle[] {
  const needles: Needle[] = [];
  const name = (text: string, replacement = '[naam]'): void => {
    const words = text.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0 || words.every((w) => PARTICLES.has(w.toLowerCase()))) return;
    const single = words.length === 1;
    const word = words[0] ?? '';
    if (single && word.replace(/[^\p{L}]/gu, '').length < 2) return;
    const cls = single ? classify(word) : undefined;
    needles.push({
      folded: fold(words.join(' ')).folded,
      kind: 'person-name',
      replacement,
      needsCapital: single && (word.length < 3 || (cls?.common ?? false)),
    });
  };
  const words = person.name.trim().split(/\s+/).filter(Boolean);
  name(person.name);
  if (words.length > 1) {
    name(words[0] ?? '');
    name(words.slice(1).join(' '));
    name(words[words.length - 1] ?? '');
  }
  if (person.email)
    needles.push({
      folded: fold(person.email).folded,
      kind: 'email',
      replacement: '[e-mailadres]',
      needsCapital: false,
    });
  if (person.organisation) name(person.organisation, '[organisatie]');
  return needles;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Every place in `text` where one of `people` is named: full name, first name, surname (with or
 * without its particles), e-mail address or organisation, case- and accent-insensitive, as whole
 * words. Each is a blocking finding: publishing waits until it is replaced. Longer matches win
 * ('Anna de Vries' over 'Anna'); offsets are UTF-16 indices into `text`.
 */
export function findKnownPeople(text: string, people: readonly KnownPerson[]): Finding[] {
  const { folded, from } = fold(text);
  const needles = people
    .flatMap(needlesOf)
    .filter((n) => n.folded.length > 0)
    .sort((a, b) => b.folded.length - a.folded.length);
  const found: Finding[] = [];
  for (const needle of needles) {
    for (
      let at = folded.indexOf(needle.folded);
      at >= 0;
      at = folded.indexOf(needle.folded, at + 1)
    ) {
      const endAt = at + needle.folded.length;
      if (WORD_CHAR.test(folded.charAt(at - 1)) || WORD_CHAR.test(folded.charAt(endAt))) continue;
      const start = from[at] ?? 0;
      const end = (from[endAt - 1] ?? start) + 1;
      if (needle.needsCapital && !/^\p{Lu}/u.test(text.charAt(start))) continue;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      found.push({
        kind: needle.kind,
        start,
        end,
        match: text.slice(start, end),
        severity: 'block',
        reason: REASON,
        replacement: needle.replacement,
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
