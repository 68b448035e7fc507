import type { PersonalDataPart } from '../../plugins/personal-data.ts';

/** "Useful" marks in the export; on erasure the marks go and the counts they added stay. */
export const libraryPersonalData: PersonalDataPart = {
  name: 'libraryUsefulMarks',
  export: (db, userId) =>
    db
      .selectFrom('library_useful_marks')
      .innerJoin('library_entries', 'library_entries.id', 'library_useful_marks.entry_id')
      .select([
        'library_entries.session_id as summaryId',
        'library_useful_marks.marked_at as markedAt',
      ])
      .where('library_useful_marks.user_id', '=', userId)
      .orderBy('library_useful_marks.marked_at')
      .execute(),
  erase: async (trx, userId) => {
    await trx.deleteFrom('library_useful_marks').where('user_id', '=', userId).execute();
  },
};
