import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import { createMailToken } from '../../domain/mail-tokens/mail-tokens.repository.ts';
import { enqueueMail } from '../../plugins/mail/outbox.ts';
import { stillInterestedMail } from './reliability.mails.ts';

/** Two no-shows without declining pause someone. */
export const NO_SHOWS_BEFORE_PAUSE = 2;
/** The "I still want to take part" link works for a month. */
const RESUME_LINK_MINUTES = 30 * 24 * 60;
/** A session is judged this long after it ended, when the room's webhooks have arrived. */
const GRACE_MINUTES = 60;

export interface NoShowRun {
  recorded: number;
  paused: string[];
}

/**
 * Records who did not show up without declining, in sessions that took place in our video
 * room (held, with attendance): a session nobody joined says nothing about anyone. Someone
 * with two such no-shows since they last resumed is paused and asked by mail, with a
 * one-click link, whether they still want to take part.
 */
export async function recordNoShows(
  db: Kysely<Database>,
  now: Date,
  publicUrl: string,
): Promise<NoShowRun> {
  const judgedBefore = new Date(now.getTime() - GRACE_MINUTES * 60_000).toISOString();
  const missing = await db
    .selectFrom('session_participants as p')
    .innerJoin('sparring_sessions as s', 's.id', 'p.session_id')
    .select(['p.session_id', 'p.user_id'])
    .where('s.state', '=', 'held')
    .where('s.ends_at', '<=', judgedBefore)
    .where('p.removed_at', 'is', null)
    .where('p.reply', '!=', 'declined')
    .where((eb) =>
      eb.exists(
        eb.selectFrom('attendance as a').select('a.id').whereRef('a.session_id', '=', 's.id'),
      ),
    )
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('attendance as a')
            .select('a.id')
            .whereRef('a.session_id', '=', 's.id')
            .whereRef('a.user_id', '=', 'p.user_id'),
        ),
      ),
    )
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('no_shows as n')
            .select('n.user_id')
            .whereRef('n.session_id', '=', 'p.session_id')
            .whereRef('n.user_id', '=', 'p.user_id'),
        ),
      ),
    )
    .execute();
  if (missing.length > 0) {
    await db
      .insertInto('no_shows')
      .values(
        missing.map((m) => ({
          session_id: m.session_id,
          user_id: m.user_id,
          recorded_at: now.toISOString(),
        })),
      )
      .onConflict((oc) => oc.columns(['session_id', 'user_id']).doNothing())
      .execute();
  }
  const paused: string[] = [];
  for (const userId of new Set(missing.map((m) => m.user_id))) {
    if (await pauseIfUnreliable(db, userId, now, publicUrl)) paused.push(userId);
  }
  return { recorded: missing.length, paused };
}

async function pauseIfUnreliable(
  db: Kysely<Database>,
  userId: string,
  now: Date,
  publicUrl: string,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const user = await trx
      .selectFrom('users')
      .select(['email', 'name', 'language', 'pool_status', 'reliability_reset_at'])
      .where('id', '=', userId)
      .executeTakeFirst();
    if (!user || user.pool_status !== 'active') return false;
    const counted = await trx
      .selectFrom('no_shows')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', userId)
      .where('recorded_at', '>', user.reliability_reset_at ?? '')
      .executeTakeFirstOrThrow();
    if (Number(counted.n) < NO_SHOWS_BEFORE_PAUSE) return false;
    // Only the run that pauses asks: another one (another process) finds them paused.
    const pausedNow = await trx
      .updateTable('users')
      .set({ pool_status: 'paused', paused_until: null, updated_at: now.toISOString() })
      .where('id', '=', userId)
      .where('pool_status', '=', 'active')
      .executeTakeFirst();
    if (Number(pausedNow.numUpdatedRows) !== 1) return false;
    const token = await createMailToken(
      trx,
      {
        purpose: 'resume',
        email: user.email,
        userId,
        language: user.language,
        validMinutes: RESUME_LINK_MINUTES,
      },
      now,
    );
    const link = `${publicUrl}/weer-meedoen#token=${token}`;
    await enqueueMail(
      trx,
      { ...stillInterestedMail(user.email, user.name, link, user.language), secrets: [token] },
      now,
    );
    return true;
  });
}
