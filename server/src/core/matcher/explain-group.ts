import { SIZE_CLASSES, type SizeClass } from '@ods/shared/municipality';
import { formatSlotTime } from './amsterdam-time.ts';
import type { Bilingual, MatchTopic, PoolPerson } from './types.ts';

const SIZE_SHORT: Record<SizeClass, Bilingual> = {
  klein: { nl: 'klein', en: 'small' },
  middelgroot: { nl: 'middelgroot', en: 'medium' },
  groot: { nl: 'groot', en: 'large' },
  'zeer-groot': { nl: 'zeer groot', en: 'very large' },
  grootste: { nl: 'grootste', en: 'largest' },
};

/** What a group explanation tells, computed by the caller from the group. */
export interface GroupFacts {
  topic: MatchTopic;
  members: PoolPerson[];
  /** Pairs who met before and did not ask to meet again. */
  metPairs: number;
  /** Pairs of which one asked to spar with the other again. */
  sparPairs: number;
  slotStartMs: number;
}

function familiarityText(metPairs: number, sparPairs: number): Bilingual {
  if (metPairs === 0 && sparPairs === 0) {
    return { nl: 'niemand kent elkaar al', en: 'nobody has met before' };
  }
  const nl: string[] = [];
  const en: string[] = [];
  if (metPairs > 0) {
    nl.push(`${metPairs} ${metPairs === 1 ? 'tweetal kent' : 'tweetallen kennen'} elkaar al`);
    en.push(`${metPairs} ${metPairs === 1 ? 'pair has' : 'pairs have'} met before`);
  }
  if (sparPairs > 0) {
    nl.push(
      `${sparPairs} ${sparPairs === 1 ? 'tweetal spart' : 'tweetallen sparren'} graag opnieuw`,
    );
    en.push(`${sparPairs} ${sparPairs === 1 ? 'pair' : 'pairs'} asked to spar again`);
  }
  return { nl: nl.join(', '), en: en.join(', ') };
}

/**
 * One line a member reads in ten seconds: topic · municipalities and provinces · size
 * classes · who already knows whom · weekday, date and time in Amsterdam, e.g.
 * "Schuldhulpverlening · 4 gemeenten in 4 provincies · klein, middelgroot, groot, zeer groot ·
 * niemand kent elkaar al · dinsdag 1 december 14:00".
 */
export function explainGroup(facts: GroupFacts): Bilingual {
  const municipalities = new Set(facts.members.map((m) => m.municipalityCode)).size;
  const provinces = new Set(facts.members.map((m) => m.provinceCode)).size;
  const present = new Set(facts.members.map((m) => m.sizeClass));
  const sizes = SIZE_CLASSES.filter((s) => present.has(s));
  const known = familiarityText(facts.metPairs, facts.sparPairs);
  const time = formatSlotTime(facts.slotStartMs);
  const nl = [
    facts.topic.nameNl,
    `${municipalities} ${municipalities === 1 ? 'gemeente' : 'gemeenten'} in ${provinces} ${provinces === 1 ? 'provincie' : 'provincies'}`,
    sizes.map((s) => SIZE_SHORT[s].nl).join(', '),
    known.nl,
    time.nl,
  ];
  const en = [
    facts.topic.nameEn,
    `${municipalities} ${municipalities === 1 ? 'municipality' : 'municipalities'} in ${provinces} ${provinces === 1 ? 'province' : 'provinces'}`,
    sizes.map((s) => SIZE_SHORT[s].en).join(', '),
    known.en,
    time.en,
  ];
  return { nl: nl.join(' · '), en: en.join(' · ') };
}
