import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import { FieldErrors, NotFound } from '../../errors.ts';
import type { SessionUser } from '../../plugins/auth/session-store.ts';

/**
 * Which networks a staff member runs: an admin all of them (installation-wide), a coordinator
 * the networks they were appointed to. Participants run none.
 */
export type NetworkScope = { all: true } | { all: false; ids: string[] };

type Staff = Pick<SessionUser, 'id' | 'role'>;

export async function networkScope(db: Kysely<Database>, user: Staff): Promise<NetworkScope> {
  if (user.role === 'admin') return { all: true };
  if (user.role !== 'coordinator') return { all: false, ids: [] };
  const rows = await db
    .selectFrom('network_coordinators')
    .select('network_id')
    .where('user_id', '=', user.id)
    .orderBy('network_id')
    .execute();
  return { all: false, ids: rows.map((r) => r.network_id) };
}

export function inScope(scope: NetworkScope, networkId: string | null): boolean {
  if (scope.all) return true;
  return networkId !== null && scope.ids.includes(networkId);
}

/**
 * The network a request is about: the one asked for when the user runs it (another network
 * is a 404, as if it did not exist), or the only one they run when none is asked for.
 */
export async function chooseNetwork(
  db: Kysely<Database>,
  user: Staff,
  requested: string | undefined,
): Promise<string> {
  const scope = await networkScope(db, user);
  if (requested !== undefined) {
    const exists = await db
      .selectFrom('networks')
      .select('id')
      .where('id', '=', requested)
      .executeTakeFirst();
    if (!exists || !inScope(scope, requested)) throw new NotFound();
    return requested;
  }
  const ids = scope.all
    ? (await db.selectFrom('networks').select('id').execute()).map((r) => r.id)
    : scope.ids;
  if (ids.length === 1) return ids[0]!;
  throw new FieldErrors({
    networkId:
      ids.length === 0
        ? {
            nl: 'Je bent (nog) geen coördinator van een netwerk. Vraag de beheerder je te benoemen.',
            en: 'You do not coordinate a network (yet). Ask the administrator to appoint you.',
          }
        : { nl: 'Kies voor welk netwerk dit is.', en: 'Choose which network this is for.' },
  });
}

/**
 * The organisations of a network, as a subquery: its listed members, or every organisation
 * when the network covers them all.
 */
export function networkOrganisationIds(db: Kysely<Database>, networkId: string) {
  return db
    .selectFrom('organisations')
    .select('organisations.id')
    .where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('networks')
            .select('networks.id')
            .where('networks.id', '=', networkId)
            .where('networks.covers_all', '=', 1),
        ),
        eb(
          'organisations.id',
          'in',
          eb
            .selectFrom('network_organisations')
            .select('network_organisations.organisation_id')
            .where('network_organisations.network_id', '=', networkId),
        ),
      ]),
    );
}

/** The organisations that belong to any network, as a subquery. */
export function anyNetworkOrganisationIds(db: Kysely<Database>) {
  return db
    .selectFrom('organisations')
    .select('organisations.id')
    .where((eb) =>
      eb.or([
        eb.exists(eb.selectFrom('networks').select('id').where('covers_all', '=', 1)),
        eb(
          'organisations.id',
          'in',
          eb.selectFrom('network_organisations').select('network_organisations.organisation_id'),
        ),
      ]),
    );
}

/**
 * Whether a staff member may see a session: an admin always, a coordinator when it belongs to
 * a network they run. Participants are checked by the feature (they must take part).
 */
export async function mayRunSession(
  db: Kysely<Database>,
  user: Staff,
  sessionId: string,
): Promise<boolean> {
  if (user.role === 'participant') return false;
  const scope = await networkScope(db, user);
  if (scope.all) return true;
  const row = await db
    .selectFrom('sparring_sessions')
    .select('network_id')
    .where('id', '=', sessionId)
    .executeTakeFirst();
  return row !== undefined && inScope(scope, row.network_id);
}

/** The first network (by name) a person belongs to through their organisation, if any. */
export async function networkOfUser(
  db: Kysely<Database>,
  userId: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('networks')
    .select('networks.id')
    .where((eb) =>
      eb.or([
        eb('networks.covers_all', '=', 1),
        eb.exists(
          eb
            .selectFrom('network_organisations')
            .innerJoin('users', 'users.organisation_id', 'network_organisations.organisation_id')
            .select('users.id')
            .whereRef('network_organisations.network_id', '=', 'networks.id')
            .where('users.id', '=', userId),
        ),
      ]),
    )
    .orderBy('networks.name')
    .executeTakeFirst();
  return row?.id;
}
