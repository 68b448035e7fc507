import { formatDate } from './amsterdam-time.ts';
import { nextAllowedMs } from './eligibility.ts';
import type { Bilingual, LeftOutReason, MatchTopic, PoolPerson } from './types.ts';

const NEXT_ROUND: Bilingual = {
  nl: 'In de volgende ronde sta je daardoor vooraan.',
  en: 'That puts you near the front of the next round.',
};

function topicList(person: PoolPerson, topics: MatchTopic[]): Bilingual {
  const names = person.topics.map((t) => topics.find((topic) => topic.slug === t.slug));
  return {
    nl: names.map((t) => t?.nameNl ?? '?').join(', '),
    en: names.map((t) => t?.nameEn ?? '?').join(', '),
  };
}

/** Why someone is not in a group this round, in one or two plain sentences. */
export function explainLeftOut(
  person: PoolPerson,
  reason: LeftOutReason,
  topics: MatchTopic[],
  monthlyCap: number,
): Bilingual {
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
    case 'frequency': {
      const last = formatDate(Date.parse(person.lastSessionAt ?? ''));
      const next = formatDate(nextAllowedMs(person));
      const weeks = person.frequencyWeeks;
      return {
        nl: `Je laatste sessie was op ${last.nl}; je spart eens per ${weeks} weken, dus weer vanaf ${next.nl}.`,
        en: `Your last session was on ${last.en}; you spar once every ${weeks} weeks, so again from ${next.en}.`,
      };
    }
    case 'cap-reached':
      return {
        nl: `Je hebt deze maand al ${person.sessionsThisMonth} sessies; het maximum is ${monthlyCap} per maand.`,
        en: `You already have ${person.sessionsThisMonth} sessions this month; the maximum is ${monthlyCap} a month.`,
      };
    case 'no-peers-on-topic': {
      const list = topicList(person, topics);
      return {
        nl: `Deze ronde zijn er te weinig collega's op jouw onderwerpen (${list.nl}). ${NEXT_ROUND.nl}`,
        en: `This round there are too few peers on your topics (${list.en}). ${NEXT_ROUND.en}`,
      };
    }
    case 'no-common-slot':
      return {
        nl: `Collega's op jouw onderwerpen kunnen op andere momenten dan jij. ${NEXT_ROUND.nl}`,
        en: `Peers on your topics are free at other times than you. ${NEXT_ROUND.en}`,
      };
    case 'no-group-fits':
      return {
        nl: `De groepen op jouw onderwerp en tijd waren vol of hadden al iemand uit jouw gemeente of organisatie. ${NEXT_ROUND.nl}`,
        en: `The groups on your topic and time were full or already had someone from your municipality or organisation. ${NEXT_ROUND.en}`,
      };
  }
}
