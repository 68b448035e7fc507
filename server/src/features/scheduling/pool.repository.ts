import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import type { SizeClass } from '@ods/shared/municipality';
import {
  anyNetworkOrganisationIds,
  networkOrganisationIds,
} from '../../domain/networks/network-scope.ts';
import { busyTimesByUser } from '../../domain/availability/busy-times.repository.ts';
import type { PersonAvailability } from '../../core/slots/types.ts';
import type { Candidate, GroupMember } from './substitutes.ts';

/** How people are matched against each other: organisation, municipality, who they avoid. */
export async function groupMembers(
  db: Kysely<Database>,
  userIds: readonly string[],
): Promise<GroupMember[]> {
  if (userIds.length === 0) return [];
  const [users, avoid] = await Promise.all([
    db
      .selectFrom('users')
      .leftJoin('organisations', 'organisations.id', 'users.organisation_id')
      .select(['users.id', 'users.organisation_id', 'organisations.municipality_code'])
      .where('users.id', 'in', [...userIds])
      .execute(),
    db
      .selectFrom('user_avoid_organisations')
      .select(['user_id', 'organisation_id'])
      .where('user_id', 'in', [...userIds])
      .execute(),
  ]);
  return users.map((u) => ({
    id: u.id,
    organisationId: u.organisation_id ?? `none-${u.id}`,
    municipalityCode: u.municipality_code ?? `none-${u.id}`,
    avoidOrganisationIds: avoid.filter((a) => a.user_id === u.id).map((a) => a.organisation_id),
  }));
}

/** Weekly blocks, away dates and linked-calendar busy times of these people. */
export async function availabilityOf(
  db: Kysely<Database>,
  userIds: readonly string[],
  range: { from: string; to: string },
): Promise<Map<string, PersonAvailability>> {
  const ids = [...userIds];
  const result = new Map<string, PersonAvailability>();
  if (ids.length === 0) return result;
  const [weekly, away, busy] = await Promise.all([
    db.selectFrom('user_availability').selectAll().where('user_id', 'in', ids).execute(),
    db.selectFrom('user_away_periods').selectAll().where('user_id', 'in', ids).execute(),
    busyTimesByUser(db, ids, range),
  ]);
  for (const id of ids) {
    result.set(id, {
      weekly: weekly
        .filter((w) => w.user_id === id)
        .map((w) => ({ weekday: w.weekday, startMinute: w.start_minute, endMinute: w.end_minute })),
      awayDates: away
        .filter((a) => a.user_id === id)
        .map((a) => ({ from: a.from_date, to: a.to_date })),
      busy: busy.get(id) ?? [],
    });
  }
  return result;
}

/**
 * Participants of the active pool (never coordinators or admins) with a complete profile who
 * know the topic and are not (and were not) in this session, with everything the substitute
 * rules need.
 */
export async function substituteCandidates(
  db: Kysely<Database>,
  input: { sessionId: string; topic: string; range: { from: string; to: string } },
): Promise<Candidate[]> {
  const session = await db
    .selectFrom('sparring_sessions')
    .select('network_id')
    .where('id', '=', input.sessionId)
    .executeTakeFirst();
  const networkId = session?.network_id ?? null;
  const rows = await db
    .selectFrom('users')
    .innerJoin('user_topics', 'user_topics.user_id', 'users.id')
    .innerJoin('organisations', 'organisations.id', 'users.organisation_id')
    .innerJoin('municipalities', 'municipalities.code', 'organisations.municipality_code')
    .select([
      'users.id',
      'users.organisation_id',
      'users.frequency_weeks',
      'user_topics.level',
      'municipalities.code as municipality_code',
      'municipalities.size_class',
      'municipalities.province_code',
      'municipalities.province',
      'municipalities.region_code',
    ])
    .where('user_topics.topic_slug', '=', input.topic)
    .where('users.role', '=', 'participant')
    .where('users.pool_status', '=', 'active')
    .where('users.profile_completed_at', 'is not', null)
    // A substitute comes from the session's network, or opted in to sparring beyond their own
    // (a session from before networks takes anyone).
    .where((eb) =>
      networkId === null
        ? eb.lit(true)
        : eb.or([
            eb('users.organisation_id', 'in', networkOrganisationIds(db, networkId)),
            eb.and([
              eb('users.open_to_other_networks', '=', 1),
              eb('users.organisation_id', 'in', anyNetworkOrganisationIds(db)),
            ]),
          ]),
    )
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('session_participants')
            .select('session_participants.user_id')
            .whereRef('session_participants.user_id', '=', 'users.id')
            .where('session_participants.session_id', '=', input.sessionId),
        ),
      ),
    )
    .execute();
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const [members, availability, sessions] = await Promise.all([
    groupMembers(db, ids),
    availabilityOf(db, ids, input.range),
    db
      .selectFrom('session_participants')
      .innerJoin('sparring_sessions', 'sparring_sessions.id', 'session_participants.session_id')
      .select(['session_participants.user_id', 'sparring_sessions.starts_at'])
      .where('session_participants.user_id', 'in', ids)
      .where('session_participants.removed_at', 'is', null)
      .where('sparring_sessions.state', '!=', 'cancelled')
      .execute(),
  ]);
  return rows.map((row) => ({
    person: {
      id: row.id,
      organisationId: row.organisation_id!,
      municipalityCode: row.municipality_code,
      sizeClass: row.size_class as SizeClass,
      provinceCode: row.province_code,
      province: row.province,
      regionCode: row.region_code,
      topics: [{ slug: input.topic, level: row.level }],
      frequencyWeeks: row.frequency_weeks as 2 | 4 | 8,
      metBefore: [],
      sparAgain: [],
      avoidOrganisationIds: [...(members.find((m) => m.id === row.id)?.avoidOrganisationIds ?? [])],
    },
    availability: availability.get(row.id) ?? { weekly: [], awayDates: [], busy: [] },
    sessionStarts: sessions.filter((s) => s.user_id === row.id).map((s) => s.starts_at),
  }));
}
