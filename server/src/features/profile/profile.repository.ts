import {
  acceptInvitations,
  invitedOrganisation,
} from '../../domain/networks/invitations.repository.ts';
import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import type { FrequencyWeeks, Profile, ProfileInput } from '@ods/shared';
import { emailMatchesOrganisation } from '../../lib/organisation-domain.ts';

/** The whole profile of a user, as the form and the export show it. */
export async function loadProfile(
  db: Kysely<Database>,
  userId: string,
): Promise<Profile | undefined> {
  const user = await db
    .selectFrom('users')
    .leftJoin('organisations', 'organisations.id', 'users.organisation_id')
    .selectAll('users')
    .select('organisations.name as organisation_name')
    .where('users.id', '=', userId)
    .executeTakeFirst();
  if (!user) return undefined;
  const [topics, availability, away, avoid] = await Promise.all([
    db
      .selectFrom('user_topics')
      .select(['topic_slug', 'level'])
      .where('user_id', '=', userId)
      .orderBy('topic_slug')
      .execute(),
    db
      .selectFrom('user_availability')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('weekday')
      .orderBy('start_minute')
      .execute(),
    db
      .selectFrom('user_away_periods')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('from_date')
      .execute(),
    db
      .selectFrom('user_avoid_organisations')
      .select('organisation_id')
      .where('user_id', '=', userId)
      .orderBy('organisation_id')
      .execute(),
  ]);
  // Invited by a network's coordinator: the organisation is filled in until the profile is saved.
  const invited = user.organisation_id ? undefined : await invitedOrganisation(db, user.email);
  return {
    name: user.name,
    email: user.email,
    organisationId: user.organisation_id ?? invited?.id ?? null,
    organisationName: user.organisation_name ?? invited?.name ?? null,
    organisationVerified: user.organisation_verified === 1,
    jobTitle: user.job_title,
    topics: topics.map((t) => ({ slug: t.topic_slug, level: t.level })),
    availability: availability.map((a) => ({
      weekday: a.weekday,
      startMinute: a.start_minute,
      endMinute: a.end_minute,
    })),
    frequencyWeeks: user.frequency_weeks as FrequencyWeeks,
    avoidOrganisationIds: avoid.map((a) => a.organisation_id),
    language: user.language,
    awayPeriods: away.map((a) => ({ from: a.from_date, to: a.to_date })),
    mailPreferences: { reminders: user.mail_reminders === 1, summaries: user.mail_summaries === 1 },
    openToOtherNetworks: user.open_to_other_networks === 1,
    houseRulesAcceptedAt: user.house_rules_accepted_at,
    poolStatus: user.pool_status,
    pausedUntil: user.paused_until,
    complete: user.profile_completed_at !== null,
  };
}

/** Replaces the profile in one transaction; the caller has validated the input. */
export async function saveProfile(
  db: Kysely<Database>,
  userId: string,
  input: ProfileInput,
  now: Date,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const user = await trx
      .selectFrom('users')
      .select([
        'email',
        'house_rules_accepted_at',
        'profile_completed_at',
        'language',
        'mail_reminders',
        'mail_summaries',
        'open_to_other_networks',
      ])
      .where('id', '=', userId)
      .executeTakeFirstOrThrow();
    const verified = await emailMatchesOrganisation(trx, user.email, input.organisationId);
    const stamp = now.toISOString();
    await trx
      .updateTable('users')
      .set({
        name: input.name.trim(),
        organisation_id: input.organisationId,
        organisation_verified: verified ? 1 : 0,
        job_title: input.jobTitle.trim(),
        frequency_weeks: input.frequencyWeeks,
        language: input.language ?? user.language,
        mail_reminders: input.mailPreferences
          ? Number(input.mailPreferences.reminders)
          : user.mail_reminders,
        mail_summaries: input.mailPreferences
          ? Number(input.mailPreferences.summaries)
          : user.mail_summaries,
        open_to_other_networks:
          input.openToOtherNetworks === undefined
            ? user.open_to_other_networks
            : Number(input.openToOtherNetworks),
        house_rules_accepted_at: user.house_rules_accepted_at ?? stamp,
        profile_completed_at: user.profile_completed_at ?? stamp,
        updated_at: stamp,
      })
      .where('id', '=', userId)
      .execute();
    await acceptInvitations(trx, user.email, now);
    await trx.deleteFrom('user_topics').where('user_id', '=', userId).execute();
    await trx
      .insertInto('user_topics')
      .values(input.topics.map((t) => ({ user_id: userId, topic_slug: t.slug, level: t.level })))
      .execute();
    await trx.deleteFrom('user_availability').where('user_id', '=', userId).execute();
    await trx
      .insertInto('user_availability')
      .values(
        input.availability.map((a) => ({
          user_id: userId,
          weekday: a.weekday,
          start_minute: a.startMinute,
          end_minute: a.endMinute,
        })),
      )
      .execute();
    if (input.awayPeriods) {
      await trx.deleteFrom('user_away_periods').where('user_id', '=', userId).execute();
      const periods = dedupeBy(input.awayPeriods, (p) => p.from);
      if (periods.length > 0) {
        await trx
          .insertInto('user_away_periods')
          .values(periods.map((p) => ({ user_id: userId, from_date: p.from, to_date: p.to })))
          .execute();
      }
    }
    if (input.avoidOrganisationIds) {
      await trx.deleteFrom('user_avoid_organisations').where('user_id', '=', userId).execute();
      const avoid = [...new Set(input.avoidOrganisationIds)];
      if (avoid.length > 0) {
        await trx
          .insertInto('user_avoid_organisations')
          .values(avoid.map((id) => ({ user_id: userId, organisation_id: id })))
          .execute();
      }
    }
  });
}

function dedupeBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) seen.set(key(item), item);
  return [...seen.values()];
}
