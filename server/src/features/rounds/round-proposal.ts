import type { RoundGroup, RoundLeftOut, RoundStats } from '@ods/shared';
import type { Score } from '../../core/matcher/adjust.ts';
import type { MatchResult } from '../../core/matcher/types.ts';
import type { PersonCard, PoolSnapshot } from './pool.repository.ts';

/** What is stored as a round's proposal: the groups and who is left out, ready to show. */
export interface StoredProposal {
  groups: RoundGroup[];
  leftOut: RoundLeftOut[];
  stats: RoundStats;
  /** The matcher's objective of the groups as they are (absent in rounds from before). */
  objective?: Score;
}

const UNKNOWN_PERSON: PersonCard = {
  name: '',
  organisationName: '',
  municipalityName: '',
  sizeClass: 'klein',
  province: '',
};

/**
 * What a proposal is made of besides the matcher's result: the people's cards, the topics and
 * the slots, not the pool (a caller may let the pool go before: at 100 000 people it is
 * hundreds of megabytes).
 */
export type ProposalContext = Pick<PoolSnapshot, 'people' | 'topics' | 'slots'>;

/**
 * Turns the matcher's result into the proposal a coordinator inspects: per group the topic,
 * slot, explanation and members with their municipality; per person left out the reason. Names
 * and municipalities are copied in, so the proposal reads the same later.
 */
export function toProposal(result: MatchResult, snapshot: ProposalContext): StoredProposal {
  const card = (id: string) => snapshot.people.get(id) ?? UNKNOWN_PERSON;
  const topics = new Map(snapshot.topics.map((t) => [t.slug, t]));
  const slots = new Map(snapshot.slots.map((s) => [s.id, s]));
  const groups = result.groups.map((group): RoundGroup => {
    const slot = slots.get(group.slotId);
    const topic = topics.get(group.topic);
    if (!slot || !topic) throw new Error(`The matcher returned an unknown slot or topic`);
    return {
      topic: { slug: topic.slug, name: { nl: topic.nameNl, en: topic.nameEn } },
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      caseId: group.caseId,
      explanation: group.explanation,
      members: group.members.map((m) => {
        const person = card(m.id);
        return {
          userId: m.id,
          name: person.name,
          organisationName: person.organisationName,
          municipalityName: person.municipalityName,
          sizeClass: person.sizeClass,
          province: person.province,
          role: m.role,
        };
      }),
    };
  });
  const leftOut = result.leftOut.map((person): RoundLeftOut => ({
    userId: person.id,
    name: card(person.id).name,
    municipalityName: card(person.id).municipalityName,
    reason: person.reason,
    explanation: person.explanation,
  }));
  const { stats } = result;
  return {
    groups,
    leftOut,
    stats: {
      poolSize: stats.poolSize,
      eligible: stats.eligible,
      matched: stats.matched,
      leftOut: stats.leftOut,
      groups: stats.groups,
      slots: snapshot.slots.length,
      iterations: stats.iterations,
      stoppedBy: stats.stoppedBy,
    },
    objective: stats.objective,
  };
}
