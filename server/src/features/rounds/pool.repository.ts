import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import type { SizeClass } from '@ods/shared/municipality';
import type { AvailabilityBlock } from '@ods/shared/availability';
import type { MatchCase, MatchSlot, MatchTopic, PoolPerson } from '../../core/matcher/types.ts';
import { candidateSlots } from '../../core/slots/candidate-slots.ts';
import { availabilityOver } from '../../core/slots/person-availability.ts';
import type { AwayDates, SessionMinutes } from '../../core/slots/types.ts';
import { busyOverSlots } from './pool-busy.repository.ts';
import { readMetBefore, readSessionHistory } from './pool-history.repository.ts';
import { poolMemberIds, type PoolNetwork } from './pool-members.ts';
import { sparAgainByPerson } from '../../domain/matching/spar-again.repository.ts';

/** What a proposal shows about a person besides what the matcher needs. */
export interface PersonCard {
  name: string;
  organisationName: string;
  municipalityName: string;
  sizeClass: SizeClass;
  province: string;
}

/** Everything the matcher needs about a period, except the settings. */
export interface PoolSnapshot {
  pool: PoolPerson[];
  cases: MatchCase[];
  slots: MatchSlot[];
  topics: MatchTopic[];
  people: Map<string, PersonCard>;
}

export interface PoolOptions {
  /** Local dates, both included. */
  periodStart: string;
  periodEnd: string;
  now: Date;
  sessionMinutes: SessionMinutes;
  /**
   * Cases ready to be discussed. Empty until the cases feature provides them; only cases whose
   * owner is in the pool are passed on, since a case owner must be in the group of their case.
   */
  readyCases?: MatchCase[];
  /** The network the round is for; without one, everyone in the installation (tests, CLI). */
  network?: PoolNetwork;
}

const FREQUENCIES = [2, 4, 8] as const;

/** Per pool member (by position in `ids`) the rows that belong to them, in the rows' order. */
function byMember<T extends { user_id: string }>(index: Map<string, number>, rows: T[]): T[][] {
  const lists: T[][] = Array.from({ length: index.size }, () => []);
  for (const row of rows) {
    const at = index.get(row.user_id);
    if (at !== undefined) lists[at]!.push(row);
  }
  return lists;
}

/**
 * Reads the pool of a period into plain matcher input: who can be matched, their municipality,
 * topics, the candidate slots of the period each of them is free in (weekly availability minus
 * away dates and busy times from a linked calendar), their frequency and history, and whom they avoid.
 *
 * Built for pools of 100 000 people (the pool read was half of a proposal's time there,
 * docs/BENCHMARKS.md): each table is read once, over the members' subquery and only in the
 * columns used; what many people share (their organisation and municipality, a weekly pattern's
 * slots) is read or computed once and shared, not made again per person.
 */
export async function readPool(db: Kysely<Database>, options: PoolOptions): Promise<PoolSnapshot> {
  const { periodStart, periodEnd } = options;
  const members = () => poolMemberIds(db, periodStart, options.network);
  const slots = candidateSlots({
    now: options.now.toISOString(),
    periodStart,
    periodEnd,
    sessionMinutes: options.sessionMinutes,
  });
  const [users, organisations, topicRows, availabilityRows, awayRows, avoidRows, busyRows, topics] =
    await Promise.all([
      db
        .selectFrom('users')
        .select(['id', 'name', 'organisation_id', 'frequency_weeks'])
        .where('users.id', 'in', members())
        .orderBy('users.id')
        .execute(),
      // A few hundred organisations for any number of people.
      db
        .selectFrom('organisations')
        .innerJoin('municipalities', 'municipalities.code', 'organisations.municipality_code')
        .select([
          'organisations.id',
          'organisations.name',
          'municipalities.code as municipality_code',
          'municipalities.name as municipality_name',
          'municipalities.size_class',
          'municipalities.province_code',
          'municipalities.province',
          'municipalities.region_code',
        ])
        .where('organisations.id', 'in', members().clearSelect().select('users.organisation_id'))
        .execute(),
      db
        .selectFrom('user_topics')
        .select(['user_id', 'topic_slug', 'level'])
        .where('user_id', 'in', members())
        .execute(),
      db
        .selectFrom('user_availability')
        .select(['user_id', 'weekday', 'start_minute', 'end_minute'])
        .where('user_id', 'in', members())
        .execute(),
      db
        .selectFrom('user_away_periods')
        .select(['user_id', 'from_date', 'to_date'])
        .where('user_id', 'in', members())
        .where('to_date', '>=', periodStart)
        .where('from_date', '<=', periodEnd)
        .execute(),
      db
        .selectFrom('user_avoid_organisations')
        .select(['user_id', 'organisation_id'])
        .where('user_id', 'in', members())
        .execute(),
      busyOverSlots(db, members(), slots),
      db.selectFrom('topics').select(['slug', 'name_nl', 'name_en']).orderBy('slug').execute(),
    ]);
  const topicOf = options.network
    ? await networkTopicMap(db, options.network.id)
    : (slug: string) => slug;
  const [history, metBefore] = await Promise.all([
    readSessionHistory(db, periodStart, options.now),
    readMetBefore(db, periodStart),
  ]);
  const sparAgainOf = await sparAgainByPerson(
    db,
    users.map((u) => u.id),
  );
  const index = new Map(users.map((u, i) => [u.id, i]));
  const topicsOf = byMember(index, topicRows);
  const weeklyOf = byMember(index, availabilityRows);
  const awayOf = byMember(index, awayRows);
  const avoidOf = byMember(index, avoidRows);
  const busyOf = byMember(index, busyRows);
  const organisationOf = new Map(organisations.map((o) => [o.id, o]));
  const freeSlots = availabilityOver(slots);

  const people = new Map<string, PersonCard>();
  const pool: PoolPerson[] = [];
  for (const [i, u] of users.entries()) {
    // Inner joins before: a person whose organisation (or its municipality) is gone is not in it.
    const organisation = organisationOf.get(u.organisation_id!);
    if (!organisation) continue;
    const sizeClass = organisation.size_class as SizeClass;
    people.set(u.id, {
      name: u.name,
      organisationName: organisation.name,
      municipalityName: organisation.municipality_name,
      sizeClass,
      province: organisation.province,
    });
    let weeklyKey = '';
    const weekly: AvailabilityBlock[] = weeklyOf[i]!.map((a) => {
      weeklyKey += `${a.weekday}:${a.start_minute}-${a.end_minute},`;
      return { weekday: a.weekday, startMinute: a.start_minute, endMinute: a.end_minute };
    });
    const awayDates: AwayDates[] = awayOf[i]!.map((a) => ({ from: a.from_date, to: a.to_date }));
    const busy = busyOf[i]!.map((b) => ({ start: b.starts_at, end: b.ends_at }));
    const frequency = FREQUENCIES.find((f) => f === Number(u.frequency_weeks)) ?? 4;
    const own = history.get(u.id);
    pool.push({
      id: u.id,
      organisationId: u.organisation_id!,
      municipalityCode: organisation.municipality_code,
      sizeClass,
      provinceCode: organisation.province_code,
      province: organisation.province,
      regionCode: organisation.region_code,
      topics: uniqueTopics(
        topicsOf[i]!.flatMap((t) => {
          const slug = topicOf(t.topic_slug);
          return slug ? [{ slug, level: t.level }] : [];
        }),
      ),
      availableSlotIds: freeSlots({ weekly, awayDates, busy }, weeklyKey),
      frequencyWeeks: frequency,
      lastSessionAt: own?.lastSessionAt ?? null,
      sessionsThisMonth: own?.sessionsThisMonth ?? 0,
      metBefore: (metBefore.get(u.id) ?? []).sort((a, b) => a.personId.localeCompare(b.personId)),
      sparAgain: sparAgainOf.get(u.id) ?? [],
      avoidOrganisationIds: avoidOf[i]!.map((a) => a.organisation_id).sort(),
    });
  }
  return {
    pool,
    cases: (options.readyCases ?? []).flatMap((c) => {
      const topic = topicOf(c.topic);
      return people.has(c.ownerId) && topic ? [{ ...c, topic }] : [];
    }),
    slots,
    topics: topics
      .filter((t) => topicOf(t.slug) === t.slug)
      .map((t) => ({ slug: t.slug, nameNl: t.name_nl, nameEn: t.name_en })),
    people,
  };
}

/** One entry per topic (a merge can give a person the same topic twice), by slug. */
function uniqueTopics<T extends { slug: string }>(topics: T[]): T[] {
  const seen = new Map<string, T>();
  for (const topic of topics) if (!seen.has(topic.slug)) seen.set(topic.slug, topic);
  return [...seen.values()].sort((a, b) => a.slug.localeCompare(b.slug));
}

/**
 * How a network reads a topic: itself when in its selection, the topic it was merged into,
 * or nothing when retired or not chosen by the network. Profiles and cases keep their own
 * topic; only the round sees them through the network's selection.
 */
async function networkTopicMap(
  db: Kysely<Database>,
  networkId: string,
): Promise<(slug: string) => string | undefined> {
  const rows = await db
    .selectFrom('network_topics')
    .select(['topic_slug', 'retired_at', 'merged_into'])
    .where('network_id', '=', networkId)
    .execute();
  const bySlug = new Map(rows.map((r) => [r.topic_slug, r]));
  return (slug) => {
    // A chain of merges ends at a live topic; the bound stops a cycle written by hand.
    let current: string | undefined = slug;
    for (let hop = 0; hop < 10 && current !== undefined; hop += 1) {
      const row = bySlug.get(current);
      if (!row) return undefined;
      if (row.merged_into) current = row.merged_into;
      else return row.retired_at ? undefined : current;
    }
    return undefined;
  };
}
