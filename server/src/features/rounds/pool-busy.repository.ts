import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import type { MatchSlot } from '../../core/matcher/types.ts';
import type { BusyInterval } from '../../core/slots/types.ts';
import { busyTimesByUser } from '../../domain/availability/busy-times.repository.ts';

/** Busy times from linked calendars over the slots' span, read in batches of ids. */
export async function readBusyTimes(
  db: Kysely<Database>,
  userIds: string[],
  slots: MatchSlot[],
): Promise<Map<string, BusyInterval[]>> {
  const busy = new Map<string, BusyInterval[]>();
  const first = slots[0];
  const last = slots.at(-1);
  if (!first || !last) return busy;
  const range = { from: first.startsAt, to: last.endsAt };
  for (let i = 0; i < userIds.length; i += 1000) {
    const part = await busyTimesByUser(db, userIds.slice(i, i + 1000), range);
    for (const [id, intervals] of part) busy.set(id, intervals);
  }
  return busy;
}
