import { LIMITS, type FrequencyWeeks, type Language } from '@ods/shared/api/limits';
import type { Profile, ProfileInput, TopicChoice } from '@ods/shared/api/profile';
import { blocksToSlots, slotsToBlocks, type SlotKey } from './availability-slots.ts';

/** What the profile form edits; turned into a ProfileInput on submit. */
export type ProfileDraft = {
  name: string;
  organisationId: string | undefined;
  jobTitle: string;
  topics: TopicChoice[];
  slots: ReadonlySet<SlotKey>;
  frequencyWeeks: FrequencyWeeks;
  avoidOrganisationIds: string[];
  language: Language;
  houseRulesAccepted: boolean;
};

/** The form's fields, in the order they appear (the error summary follows it). */
export const PROFILE_FIELDS = [
  'name',
  'organisationId',
  'jobTitle',
  'topics',
  'availability',
  'frequencyWeeks',
  'avoidOrganisationIds',
  'language',
  'houseRulesAccepted',
] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

export type ProfileProblem =
  | 'nameRequired'
  | 'nameTooLong'
  | 'organisationRequired'
  | 'jobTitleRequired'
  | 'jobTitleTooLong'
  | 'topicsRequired'
  | 'topicsTooMany'
  | 'availabilityRequired'
  | 'avoidTooMany'
  | 'houseRulesRequired';

/** A new person's draft: their name from the session if known, sensible defaults elsewhere. */
export function emptyDraft(language: Language, name = ''): ProfileDraft {
  return {
    name,
    organisationId: undefined,
    jobTitle: '',
    topics: [],
    slots: new Set(),
    frequencyWeeks: 4,
    avoidOrganisationIds: [],
    language,
    houseRulesAccepted: false,
  };
}

/** The draft for editing a saved profile. */
export function draftFromProfile(profile: Profile): ProfileDraft {
  return {
    name: profile.name,
    organisationId: profile.organisationId ?? undefined,
    jobTitle: profile.jobTitle,
    topics: profile.topics.map((topic) => ({ ...topic })),
    slots: blocksToSlots(profile.availability),
    frequencyWeeks: profile.frequencyWeeks,
    avoidOrganisationIds: [...profile.avoidOrganisationIds],
    language: profile.language,
    houseRulesAccepted: profile.houseRulesAcceptedAt !== null,
  };
}

/** The same checks the server makes, so most mistakes show before anything is sent. */
export function validateDraft(draft: ProfileDraft): Partial<Record<ProfileField, ProfileProblem>> {
  const problems: Partial<Record<ProfileField, ProfileProblem>> = {};
  const name = draft.name.trim();
  if (name === '') problems.name = 'nameRequired';
  else if (name.length > LIMITS.nameMax) problems.name = 'nameTooLong';
  if (!draft.organisationId) problems.organisationId = 'organisationRequired';
  const jobTitle = draft.jobTitle.trim();
  if (jobTitle === '') problems.jobTitle = 'jobTitleRequired';
  else if (jobTitle.length > LIMITS.jobTitleMax) problems.jobTitle = 'jobTitleTooLong';
  if (draft.topics.length === 0) problems.topics = 'topicsRequired';
  else if (draft.topics.length > LIMITS.topicsMax) problems.topics = 'topicsTooMany';
  if (draft.slots.size === 0) problems.availability = 'availabilityRequired';
  if (draft.avoidOrganisationIds.length > LIMITS.avoidOrganisationsMax) {
    problems.avoidOrganisationIds = 'avoidTooMany';
  }
  if (!draft.houseRulesAccepted) problems.houseRulesAccepted = 'houseRulesRequired';
  return problems;
}

/**
 * The request body for PUT /api/profile. Fields the form does not edit (away periods, mail
 * preferences) are carried over from the saved profile so saving never wipes them.
 */
export function toProfileInput(draft: ProfileDraft, saved: Profile | undefined): ProfileInput {
  return {
    name: draft.name.trim(),
    organisationId: draft.organisationId ?? '',
    jobTitle: draft.jobTitle.trim(),
    topics: draft.topics,
    availability: slotsToBlocks(draft.slots),
    frequencyWeeks: draft.frequencyWeeks,
    avoidOrganisationIds: draft.avoidOrganisationIds,
    language: draft.language,
    ...(saved ? { awayPeriods: saved.awayPeriods, mailPreferences: saved.mailPreferences } : {}),
    houseRulesAccepted: draft.houseRulesAccepted,
  };
}
