import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';

/**
 * The ids of the people who can be matched in a period starting on `periodStart` (a local
 * date): participants (coordinators and admins run the rounds, they are not in them) with a
 * complete profile, and active, or paused until a day before the period starts.
 * Returned as a subquery, so callers filter large tables without long id lists.
 */
export function poolMemberIds(db: Kysely<Database>, periodStart: string) {
  return db
    .selectFrom('users')
    .select('users.id')
    .where('users.role', '=', 'participant')
    .where('users.profile_completed_at', 'is not', null)
    .where('users.organisation_id', 'is not', null)
    .where((eb) =>
      eb.or([
        eb('users.pool_status', '=', 'active'),
        eb.and([
          eb('users.pool_status', '=', 'paused'),
          eb('users.paused_until', 'is not', null),
          // paused_until is the last paused day, so a pause that ends the day before is fine.
          eb('users.paused_until', '<', periodStart),
        ]),
      ]),
    );
}
