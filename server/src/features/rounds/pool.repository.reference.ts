// The pool read as it was before it was made fast for 100 000 people (commit e1fce62): one
// query per table with whole rows, the organisation and municipality joined into every
// person's row, and each person's free slots through availableSlotIds. Kept only as the
// reference that pool.repository.test.ts holds the fast read to; nothing else imports it.
import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import type { SizeClass } from '@ods/shared/municipality';
import type { AvailabilityBlock } from '@ods/shared/availability';
import type { MatchSlot, PoolPerson } from '../../core/matcher/types.ts';
import { candidateSlots } from '../../core/slots/candidate-slots.ts';
import { availableSlotIds } from '../../core/slots/person-availability.ts';
import type { AwayDates, BusyInterval } from '../../core/slots/types.ts';
import { busyTimesByUser } from '../../domain/availability/busy-times.repository.ts';
import type { PersonCard, PoolOptions, PoolSnapshot } from './pool.repository.ts';
import { readMetBefore, readSessionHistory } from './pool-history.repository.ts';
import { poolMemberIds } from './pool-members.ts';
import { sparAgainByPerson } from '../../domain/matching/spar-again.repository.ts';

const FREQUENCIES = [2, 4, 8] as const;

/** Groups rows by user id. */
function byUser<T extends { user_id: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.user_id);
    if (list) list.push(row);
    else map.set(row.user_id, [row]);
  }
  return map;
}

/**
 * Reads the pool of a period into plain matcher input: who can be matched, their municipality,
 * topics, the candidate slots of the period each of them is free in (weekly availability minus
 * away dates and busy times from a linked calendar), their frequency and history, and whom they avoid.
 */
export async function readPoolAsBefore(
  db: Kysely<Database>,
  options: PoolOptions,
): Promise<PoolSnapshot> {
  const { periodStart, periodEnd } = options;
  const members = () => poolMemberIds(db, periodStart, options.network);
  const [users, topicRows, availabilityRows, awayRows, avoidRows, topics] = await Promise.all([
    db
      .selectFrom('users')
      .innerJoin('organisations', 'organisations.id', 'users.organisation_id')
      .innerJoin('municipalities', 'municipalities.code', 'organisations.municipality_code')
      .select([
        'users.id',
        'users.name',
        'users.organisation_id',
        'users.frequency_weeks',
        'organisations.name as organisation_name',
        'municipalities.code as municipality_code',
        'municipalities.name as municipality_name',
        'municipalities.size_class',
        'municipalities.province_code',
        'municipalities.province',
        'municipalities.region_code',
      ])
      .where('users.id', 'in', members())
      .orderBy('users.id')
      .execute(),
    db.selectFrom('user_topics').selectAll().where('user_id', 'in', members()).execute(),
    db.selectFrom('user_availability').selectAll().where('user_id', 'in', members()).execute(),
    db
      .selectFrom('user_away_periods')
      .selectAll()
      .where('user_id', 'in', members())
      .where('to_date', '>=', periodStart)
      .where('from_date', '<=', periodEnd)
      .execute(),
    db
      .selectFrom('user_avoid_organisations')
      .selectAll()
      .where('user_id', 'in', members())
      .execute(),
    db.selectFrom('topics').select(['slug', 'name_nl', 'name_en']).orderBy('slug').execute(),
  ]);
  const topicOf = options.network
    ? await networkTopicMap(db, options.network.id)
    : (slug: string) => slug;
  const [history, metBefore] = await Promise.all([
    readSessionHistory(db, periodStart, options.now),
    readMetBefore(db, periodStart),
  ]);
  const slots = candidateSlots({
    now: options.now.toISOString(),
    periodStart,
    periodEnd,
    sessionMinutes: options.sessionMinutes,
  });
  const busyOf = await readBusyTimes(
    db,
    users.map((u) => u.id),
    slots,
  );
  const sparAgainOf = await sparAgainByPerson(
    db,
    users.map((u) => u.id),
  );
  const topicsOf = byUser(topicRows);
  const weeklyOf = byUser(availabilityRows);
  const awayOf = byUser(awayRows);
  const avoidOf = byUser(avoidRows);

  const people = new Map<string, PersonCard>();
  const pool = users.map((u): PoolPerson => {
    people.set(u.id, {
      name: u.name,
      organisationName: u.organisation_name,
      municipalityName: u.municipality_name,
      sizeClass: u.size_class as SizeClass,
      province: u.province,
    });
    const weekly: AvailabilityBlock[] = (weeklyOf.get(u.id) ?? []).map((a) => ({
      weekday: a.weekday,
      startMinute: a.start_minute,
      endMinute: a.end_minute,
    }));
    const awayDates: AwayDates[] = (awayOf.get(u.id) ?? []).map((a) => ({
      from: a.from_date,
      to: a.to_date,
    }));
    const frequency = FREQUENCIES.find((f) => f === Number(u.frequency_weeks)) ?? 4;
    const own = history.get(u.id);
    return {
      id: u.id,
      organisationId: u.organisation_id!,
      municipalityCode: u.municipality_code,
      sizeClass: u.size_class as SizeClass,
      provinceCode: u.province_code,
      province: u.province,
      regionCode: u.region_code,
      topics: uniqueTopics(
        (topicsOf.get(u.id) ?? []).flatMap((t) => {
          const slug = topicOf(t.topic_slug);
          return slug ? [{ slug, level: t.level }] : [];
        }),
      ),
      availableSlotIds: availableSlotIds(
        { weekly, awayDates, busy: busyOf.get(u.id) ?? [] },
        slots,
      ),
      frequencyWeeks: frequency,
      lastSessionAt: own?.lastSessionAt ?? null,
      sessionsThisMonth: own?.sessionsThisMonth ?? 0,
      metBefore: (metBefore.get(u.id) ?? []).sort((a, b) => a.personId.localeCompare(b.personId)),
      sparAgain: sparAgainOf.get(u.id) ?? [],
      avoidOrganisationIds: (avoidOf.get(u.id) ?? []).map((a) => a.organisation_id).sort(),
    };
  });
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

/** Busy times over the slots' span, read in batches of ids (as the pool read did). */
async function readBusyTimes(
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
