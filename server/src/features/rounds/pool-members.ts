import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import {
  anyNetworkOrganisationIds,
  networkOrganisationIds,
} from '../../domain/networks/network-scope.ts';

/** The network a round is planned for, and whether it takes in members of other networks. */
export interface PoolNetwork {
  id: string;
  /** Also members of other networks who said they are open to sparring beyond their own. */
  openToOtherNetworks: boolean;
}

/**
 * The ids of the people who can be matched in a period starting on `periodStart` (a local
 * date): participants (coordinators and admins run the rounds, they are not in them) with a
 * complete profile, and active, or paused until a day before the period starts. With a
 * network: only its members, plus, when the round is open to them, members of other networks
 * who opted in ("over de schutting" beyond the province).
 * Returned as a subquery, so callers filter large tables without long id lists.
 */
export function poolMemberIds(db: Kysely<Database>, periodStart: string, network?: PoolNetwork) {
  let query = db
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
  if (network) {
    query = query.where((eb) => {
      const own = eb('users.organisation_id', 'in', networkOrganisationIds(db, network.id));
      if (!network.openToOtherNetworks) return own;
      return eb.or([
        own,
        eb.and([
          eb('users.open_to_other_networks', '=', 1),
          eb('users.organisation_id', 'in', anyNetworkOrganisationIds(db)),
        ]),
      ]);
    });
  }
  return query;
}
