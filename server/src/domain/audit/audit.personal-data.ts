import type { PersonalDataPart } from '../../plugins/personal-data.ts';
import { auditEntriesFor } from './audit-log.ts';

/**
 * The looks at one's record are part of one's data (in the export, gone with the account).
 * The entries a coordinator left in other people's logs stay: they are those people's to read.
 */
export const auditPersonalData: PersonalDataPart = {
  name: 'whoLookedAtMyData',
  export: async (db, userId) => (await auditEntriesFor(db, userId, 10_000)).entries,
  erase: async (trx, userId) => {
    await trx.deleteFrom('audit_log').where('subject_id', '=', userId).execute();
  },
};
