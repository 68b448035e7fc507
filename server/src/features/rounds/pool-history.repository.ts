import type { Kysely } from 'kysely';
import { DateTime } from 'luxon';
import type { Database } from '@ods/db';
import type { MetBefore } from '../../core/matcher/types.ts';
import { poolMemberIds } from './pool-members.ts';

export interface SessionHistory {
  lastSessionAt: string | null;
  sessionsThisMonth: number;
}

/** The UTC bounds of the calendar month (Europe/Amsterdam) that contains `now`. */
export function amsterdamMonthBounds(now: Date): { from: string; until: string } {
  const start = DateTime.fromJSDate(now, { zone: 'Europe/Amsterdam' }).startOf('month');
  return {
    from: start.toUTC().toISO() ?? '',
    until: start.plus({ months: 1 }).toUTC().toISO() ?? '',
  };
}

/**
 * Per pool member: the start of their latest session and the number of sessions in the month of
 * `now`. Every session counts unless it was cancelled or they were taken out of it; planned ones
 * too, so a new round respects the frequency around sessions that are already on the calendar.
 */
export async function readSessionHistory(
  db: Kysely<Database>,
  periodStart: string,
  now: Date,
): Promise<Map<string, SessionHistory>> {
  const month = amsterdamMonthBounds(now);
  const rows = await db
    .selectFrom('session_participants')
    .innerJoin('sparring_sessions', 'sparring_sessions.id', 'session_participants.session_id')
    .select(['session_participants.user_id', 'sparring_sessions.starts_at'])
    .where('session_participants.user_id', 'in', poolMemberIds(db, periodStart))
    .where('session_participants.removed_at', 'is', null)
    .where('sparring_sessions.state', '!=', 'cancelled')
    .execute();
  const history = new Map<string, SessionHistory>();
  for (const row of rows) {
    const entry = history.get(row.user_id) ?? { lastSessionAt: null, sessionsThisMonth: 0 };
    if (entry.lastSessionAt === null || row.starts_at > entry.lastSessionAt) {
      entry.lastSessionAt = row.starts_at;
    }
    if (row.starts_at >= month.from && row.starts_at < month.until) entry.sessionsThisMonth += 1;
    history.set(row.user_id, entry);
  }
  return history;
}

/** Who met whom before, seen from both sides, for every pool member. */
export async function readMetBefore(
  db: Kysely<Database>,
  periodStart: string,
): Promise<Map<string, MetBefore[]>> {
  const members = poolMemberIds(db, periodStart);
  const rows = await db
    .selectFrom('pair_history')
    .select(['user_a', 'user_b', 'meet_count', 'last_met_at'])
    .where((eb) => eb.or([eb('user_a', 'in', members), eb('user_b', 'in', members)]))
    .execute();
  const met = new Map<string, MetBefore[]>();
  const add = (personId: string, other: string, count: number, lastMetAt: string) => {
    const list = met.get(personId) ?? [];
    list.push({ personId: other, count, lastMetAt });
    met.set(personId, list);
  };
  for (const row of rows) {
    const count = Number(row.meet_count);
    add(row.user_a, row.user_b, count, row.last_met_at);
    add(row.user_b, row.user_a, count, row.last_met_at);
  }
  return met;
}
