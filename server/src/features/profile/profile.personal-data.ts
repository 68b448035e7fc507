import type { PersonalDataPart } from '../../plugins/personal-data.ts';
import { loadProfile } from './profile.repository.ts';

/** The profile in the data export; its rows go with the user row (ON DELETE CASCADE). */
export const profilePersonalData: PersonalDataPart = {
  name: 'profile',
  export: (db, userId) => loadProfile(db, userId),
  erase: async () => {},
};
