import type { PersonalDataPart } from '../../plugins/personal-data.ts';
import { attendanceOf } from './attendance.repository.ts';
import { reportsBy } from './reports.repository.ts';

/**
 * Attendance goes with the user row (ON DELETE CASCADE). Reports stay for the coordinators
 * without their sender: the database sets the reporter to null.
 */
export const roomPersonalData: PersonalDataPart = {
  name: 'room',
  export: async (db, userId) => ({
    attendance: await attendanceOf(db, userId),
    reports: await reportsBy(db, userId),
  }),
  erase: async () => {},
};
