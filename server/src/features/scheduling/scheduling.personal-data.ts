import type { PersonalDataPart } from '../../plugins/personal-data.ts';

/**
 * The linked calendar, its busy times and proposals in the export. Rows go with the user
 * (ON DELETE CASCADE); a proposal someone made stays for the group without their name.
 */
export const schedulingPersonalData: PersonalDataPart = {
  name: 'scheduling',
  async export(db, userId) {
    const [calendar, busy, proposals, replies] = await Promise.all([
      db
        .selectFrom('linked_calendars')
        .selectAll()
        .where('user_id', '=', userId)
        .executeTakeFirst(),
      db
        .selectFrom('user_busy_times')
        .select(['starts_at', 'ends_at'])
        .where('user_id', '=', userId)
        .execute(),
      db
        .selectFrom('time_proposals')
        .select(['session_id', 'starts_at', 'created_at'])
        .where('proposed_by', '=', userId)
        .execute(),
      db
        .selectFrom('session_participants')
        .select(['session_id', 'reply', 'reply_reason', 'better_moment', 'replied_at'])
        .where('user_id', '=', userId)
        .execute(),
    ]);
    return { linkedCalendar: calendar ?? null, busyTimes: busy, proposals, replies };
  },
  erase: async () => {},
};
