/** Limits shared by forms and the API, so the browser says what the server would say. */
export const LIMITS = {
  nameMax: 120,
  emailMax: 254,
  jobTitleMax: 120,
  topicsMax: 5,
  avoidOrganisationsMax: 20,
  awayPeriodsMax: 20,
  availabilityBlocksMax: 70,
  searchQueryMax: 200,
} as const;

export const FREQUENCY_WEEKS = [2, 4, 8] as const;
export type FrequencyWeeks = (typeof FREQUENCY_WEEKS)[number];

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const ROLES = ['participant', 'coordinator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const TOPIC_LEVELS = ['ervaren', 'wil-leren'] as const;
export type TopicLevel = (typeof TOPIC_LEVELS)[number];
