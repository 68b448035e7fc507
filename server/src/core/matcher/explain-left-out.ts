import { formatDate } from './amsterdam-time.ts';
import { nextAllowedMs, type SlotRules } from './eligibility.ts';
import type { Bilingual, LeftOutReason, MatchTopic, PoolPerson } from './types.ts';

const NEXT_ROUND: Bilingual = {
  nl: 'In de volgende ronde sta je daardoor vooraan.',
  en: 'That puts you near the front of the next round.',
};

/**
 * Why the groups on someone's topic and times did not take them, counted per group (a group
 * can count under several headings): full, or holding someone they may not share a group with.
 */
export interface GroupObstacles {
  groups: number;
  full: number;
  municipality: number;
  organisation: number;
  /** Someone of an organisation the person avoids, or who avoids the person's organisation. */
  avoided: number;
}

/** Everything that kept a person out, so the explanation names every rule that applied. */
export interface LeftOutFacts {
  reason: LeftOutReason;
  rules: SlotRules;
  /** Only for people who were eligible (a group could in principle take them). */
  obstacles: GroupObstacles | null;
}

function topicList(person: PoolPerson, topics: MatchTopic[]): Bilingual {
  const names = person.topics.map((t) => topics.find((topic) => topic.slug === t.slug));
  return {
    nl: names.map((t) => t?.nameNl ?? '?').join(', '),
    en: names.map((t) => t?.nameEn ?? '?').join(', '),
  };
}

function joinList(items: string[], and: string): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)!}`;
}

function join(sentences: Bilingual[]): Bilingual {
  return {
    nl: sentences.map((s) => s.nl).join(' '),
    en: sentences.map((s) => s.en).join(' '),
  };
}

function frequencySentence(person: PoolPerson, primary: boolean, rules: SlotRules): Bilingual {
  const last = formatDate(Date.parse(person.lastSessionAt ?? ''));
  const next = formatDate(nextAllowedMs(person));
  const weeks = person.frequencyWeeks;
  if (primary) {
    return {
      nl: `Je laatste sessie was op ${last.nl}; je spart eens per ${weeks} weken, dus weer vanaf ${next.nl}.`,
      en: `Your last session was on ${last.en}; you spar once every ${weeks} weeks, so again from ${next.en}.`,
    };
  }
  return {
    nl: `Je spart eens per ${weeks} weken, dus ${rules.tooSoon} van je ${rules.free} mogelijke momenten vielen af (weer vanaf ${next.nl}).`,
    en: `You spar once every ${weeks} weeks, so ${rules.tooSoon} of your ${rules.free} possible times did not count (again from ${next.en}).`,
  };
}

function capSentence(
  person: PoolPerson,
  primary: boolean,
  rules: SlotRules,
  monthlyCap: number,
): Bilingual {
  const count = person.sessionsThisMonth;
  if (primary) {
    return {
      nl: `Je hebt deze maand al ${count} sessies; het maximum is ${monthlyCap} per maand.`,
      en: `You already have ${count} sessions this month; the maximum is ${monthlyCap} a month.`,
    };
  }
  return {
    nl: `Je hebt deze maand al ${count} sessies (maximum ${monthlyCap}), dus ${rules.capped} van je ${rules.free} mogelijke momenten in deze maand vielen af.`,
    en: `You already have ${count} sessions this month (maximum ${monthlyCap}), so ${rules.capped} of your ${rules.free} possible times this month did not count.`,
  };
}

function obstacleSentence(o: GroupObstacles): Bilingual {
  if (o.groups === 0) {
    return {
      nl: 'Op jouw onderwerp en tijd ontstond geen groep waarin je paste met collega’s uit andere gemeenten en organisaties.',
      en: 'No group formed on your topic and time that you could join with peers from other municipalities and organisations.',
    };
  }
  const nl: string[] = [];
  const en: string[] = [];
  const add = (count: number, nlText: [string, string], enText: [string, string]): void => {
    if (count === 0) return;
    nl.push(`${count} ${count === 1 ? `groep ${nlText[0]}` : `groepen ${nlText[1]}`}`);
    en.push(`${count} ${count === 1 ? `group ${enText[0]}` : `groups ${enText[1]}`}`);
  };
  add(o.full, ['was vol', 'waren vol'], ['was full', 'were full']);
  add(
    o.municipality,
    ['had al iemand uit jouw gemeente', 'hadden al iemand uit jouw gemeente'],
    ['already had someone from your municipality', 'already had someone from your municipality'],
  );
  add(
    o.organisation,
    ['had al iemand uit jouw organisatie', 'hadden al iemand uit jouw organisatie'],
    ['already had someone from your organisation', 'already had someone from your organisation'],
  );
  add(
    o.avoided,
    [
      'had iemand van een organisatie waarmee jij of die persoon liever niet in een groep zit',
      'hadden iemand van een organisatie waarmee jij of die persoon liever niet in een groep zit',
    ],
    [
      'had someone from an organisation that you or they asked not to be grouped with',
      'had someone from an organisation that you or they asked not to be grouped with',
    ],
  );
  if (nl.length === 0) {
    return {
      nl: `De ${o.groups === 1 ? 'groep' : `${o.groups} groepen`} op jouw onderwerp en tijd ${o.groups === 1 ? 'bleef' : 'bleven'} zonder jou beter gespreid.`,
      en: `The ${o.groups === 1 ? 'group' : `${o.groups} groups`} on your topic and time stayed better spread without you.`,
    };
  }
  return {
    nl: `Op jouw onderwerp en tijd: ${joinList(nl, 'en')}.`,
    en: `On your topic and time: ${joinList(en, 'and')}.`,
  };
}

/**
 * Why someone is not in a group this round: the rule that decided it first, then every other
 * rule that also applied (frequency, monthly cap, full groups, same municipality or
 * organisation, organisations someone asked not to meet), in plain sentences.
 */
export function explainLeftOut(
  person: PoolPerson,
  facts: LeftOutFacts,
  topics: MatchTopic[],
  monthlyCap: number,
): Bilingual {
  const { reason, rules } = facts;
  const slotNotes = (skip: 'frequency' | 'cap' | null): Bilingual[] => [
    ...(rules.tooSoon > 0 && skip !== 'frequency' ? [frequencySentence(person, false, rules)] : []),
    ...(rules.capped > 0 && skip !== 'cap' ? [capSentence(person, false, rules, monthlyCap)] : []),
  ];
  switch (reason) {
    case 'no-topic':
      return {
        nl: 'Je hebt nog geen onderwerpen gekozen.',
        en: 'You have not chosen any topics yet.',
      };
    case 'no-availability':
      return {
        nl: 'Je bent op geen van de mogelijke momenten van deze periode beschikbaar.',
        en: 'You are not available at any of the possible times in this period.',
      };
    case 'frequency':
      return join([frequencySentence(person, true, rules), ...slotNotes('frequency')]);
    case 'cap-reached':
      return join([capSentence(person, true, rules, monthlyCap), ...slotNotes('cap')]);
    case 'no-peers-on-topic': {
      const list = topicList(person, topics);
      return join([
        {
          nl: `Deze ronde zijn er te weinig collega's op jouw onderwerpen (${list.nl}).`,
          en: `This round there are too few peers on your topics (${list.en}).`,
        },
        ...slotNotes(null),
        NEXT_ROUND,
      ]);
    }
    case 'no-common-slot':
      return join([
        {
          nl: `Collega's op jouw onderwerpen kunnen op andere momenten dan jij.`,
          en: `Peers on your topics are free at other times than you.`,
        },
        ...slotNotes(null),
        NEXT_ROUND,
      ]);
    case 'no-group-fits':
      return join([
        obstacleSentence(
          facts.obstacles ?? { groups: 0, full: 0, municipality: 0, organisation: 0, avoided: 0 },
        ),
        ...slotNotes(null),
        NEXT_ROUND,
      ]);
  }
}
