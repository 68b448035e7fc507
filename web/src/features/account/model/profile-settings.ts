import type { Profile, ProfileInput } from '@ods/shared/api/profile';

/** The parts of the profile the account page changes; everything else is sent back as it was. */
export type ProfileSettings = Partial<
  Pick<ProfileInput, 'awayPeriods' | 'mailPreferences' | 'openToOtherNetworks'>
>;

/**
 * The body for PUT /api/profile that changes only `settings`. The API replaces the whole
 * profile, so every other field is copied from the saved one; the house rules count as accepted
 * when they were accepted before (the server keeps the first acceptance).
 */
export function profileInputWith(profile: Profile, settings: ProfileSettings): ProfileInput {
  return {
    name: profile.name,
    organisationId: profile.organisationId ?? '',
    jobTitle: profile.jobTitle,
    topics: profile.topics,
    availability: profile.availability,
    frequencyWeeks: profile.frequencyWeeks,
    avoidOrganisationIds: profile.avoidOrganisationIds,
    language: profile.language,
    awayPeriods: settings.awayPeriods ?? profile.awayPeriods,
    mailPreferences: settings.mailPreferences ?? profile.mailPreferences,
    openToOtherNetworks: settings.openToOtherNetworks ?? profile.openToOtherNetworks,
    houseRulesAccepted: profile.houseRulesAcceptedAt !== null,
  };
}
