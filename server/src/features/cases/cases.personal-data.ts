import type { PersonalDataPart } from '../../plugins/personal-data.ts';
import { exportCasesOf } from './cases.repository.ts';

/**
 * Own cases in the data export. On erasure a case nobody sparred about yet is deleted; a case
 * used in a session stays for its participants, without its owner.
 */
export const casesPersonalData: PersonalDataPart = {
  name: 'cases',
  export: (db, userId) => exportCasesOf(db, userId),
  erase: async (trx, userId) => {
    await trx
      .deleteFrom('cases')
      .where('owner_id', '=', userId)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('sparring_sessions')
              .select('sparring_sessions.id')
              .whereRef('sparring_sessions.case_id', '=', 'cases.id'),
          ),
        ),
      )
      .execute();
    await trx.updateTable('cases').set({ owner_id: null }).where('owner_id', '=', userId).execute();
  },
};
