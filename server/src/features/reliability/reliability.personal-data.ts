import type { PersonalDataPart } from '../../plugins/personal-data.ts';

/** Recorded no-shows are in the export; they go with the user row (ON DELETE CASCADE). */
export const reliabilityPersonalData: PersonalDataPart = {
  name: 'noShows',
  export: (db, userId) =>
    db
      .selectFrom('no_shows')
      .select(['session_id as sessionId', 'recorded_at as recordedAt'])
      .where('user_id', '=', userId)
      .orderBy('recorded_at')
      .execute(),
  erase: async () => {},
};
