import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import { draftSummary } from '../../core/summaries/draft-summary.ts';
import { peopleToKeepOut, withoutKnownPeople } from './known-people.ts';
import { readSessionNotes } from '../../domain/notes/notes-sections.ts';
import { enqueueMail } from '../../plugins/mail/outbox.ts';
import { consentRequestMail } from './consent.mails.ts';
import { CONSENT_LINK_DAYS, signConsentToken } from './consent-tokens.ts';
import { insertSummary } from './summaries.repository.ts';
import { summaryPeople } from './summary-people.repository.ts';

/** A reminder goes this many days after the question; it closes unanswered this many after. */
export const REMIND_AFTER_DAYS = 3;
export const CLOSE_AFTER_DAYS = 7;
/** Sessions held longer ago than this (before consent was asked by mail) are left alone. */
const LOOK_BACK_DAYS = 14;
const DAY = 86_400_000;

export interface ConsentContext {
  publicUrl: string;
  secret: string;
  /** After the end, how long the room stays open: people may still be talking until then. */
  closesMinutesAfter: number;
}

export interface ConsentRun {
  asked: number;
  reminded: number;
  closed: number;
}

/** The page a consent mail opens: it shows the summary, agreeing takes one click there. */
export function consentLink(ctx: ConsentContext, sessionId: string, userId: string, now: Date) {
  const expiresAt = new Date(now.getTime() + CONSENT_LINK_DAYS * DAY).toISOString();
  return `${ctx.publicUrl}/toestemming/${signConsentToken(ctx.secret, { sessionId, userId, expiresAt })}`;
}

/** The token of a consent link: the outbox keeps it only until the mail is delivered. */
const tokenIn = (link: string) => link.slice(link.lastIndexOf('/') + 1);

async function sessionForMail(db: Kysely<Database>, sessionId: string) {
  const row = await db
    .selectFrom('sparring_sessions')
    .innerJoin('topics', 'topics.slug', 'sparring_sessions.topic_slug')
    .leftJoin('cases', 'cases.id', 'sparring_sessions.case_id')
    .select(['starts_at', 'ends_at', 'name_nl', 'name_en', 'cases.question'])
    .where('sparring_sessions.id', '=', sessionId)
    .executeTakeFirstOrThrow();
  return {
    endsAt: row.ends_at,
    caseQuestion: row.question,
    mail: { topic: { nl: row.name_nl, en: row.name_en }, heldOn: row.starts_at.slice(0, 10) },
  };
}

/**
 * Who of these wants mail about summaries (the account page's "Samenvattingen en vragen om
 * toestemming"); the others see the question only in the app.
 */
async function recipients(db: Kysely<Database>, userIds: string[]) {
  if (userIds.length === 0) return [];
  return db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'language'])
    .where('id', 'in', userIds)
    .where('mail_summaries', '=', 1)
    .execute();
}

/** Whether anyone is still in the room (the summary is drafted when the talking is over). */
async function someoneInRoom(db: Kysely<Database>, sessionId: string): Promise<boolean> {
  const row = await db
    .selectFrom('attendance')
    .select('id')
    .where('session_id', '=', sessionId)
    .where('left_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * For one held session: stores the draft made from the notes (unless someone saved one), and
 * asks everyone who took part, by mail and on their sessions page. No-shows are not asked.
 */
export async function askConsent(
  db: Kysely<Database>,
  ctx: ConsentContext,
  sessionId: string,
  now: Date,
): Promise<number> {
  const session = await sessionForMail(db, sessionId);
  const notes = await readSessionNotes(db, sessionId);
  const draft = withoutKnownPeople(
    draftSummary(notes ?? { sections: [], table: [] }, { caseQuestion: session.caseQuestion }),
    await peopleToKeepOut(db, sessionId),
  );
  return db.transaction().execute(async (trx) => {
    // Nobody wrote it: the draft made from the notes, as the summary page showed it.
    await insertSummary(trx, sessionId, draft, null, now);
    const people = (await summaryPeople(trx, sessionId)).filter((p) => p.tookPart);
    const added = await trx
      .insertInto('consent_requests')
      .values(
        people.map((p) => ({
          session_id: sessionId,
          user_id: p.userId,
          requested_at: now.toISOString(),
          reminded_at: null,
          closed_at: null,
        })),
      )
      .onConflict((oc) => oc.columns(['session_id', 'user_id']).doNothing())
      .executeTakeFirst();
    if (Number(added.numInsertedOrUpdatedRows ?? 0) === 0) return 0;
    const waiting = people.filter((p) => p.consent?.agreed !== true).map((p) => p.userId);
    for (const to of await recipients(trx, waiting)) {
      const link = consentLink(ctx, sessionId, to.id, now);
      const mail = consentRequestMail(to, session.mail, link, 'consent-request');
      await enqueueMail(trx, { ...mail, secrets: [tokenIn(link)] }, now);
    }
    return people.length;
  });
}

/**
 * The durable consent round: asks the people of newly held sessions, reminds those who have
 * not answered after REMIND_AFTER_DAYS, and after CLOSE_AFTER_DAYS closes the question (the
 * summary stays private; it is never published without everyone's yes). Everything it does is
 * found again in the database, so a restart loses nothing.
 */
export async function runConsentRound(
  db: Kysely<Database>,
  ctx: ConsentContext,
  now: Date,
): Promise<ConsentRun> {
  const run: ConsentRun = { asked: 0, reminded: 0, closed: 0 };
  const held = await db
    .selectFrom('sparring_sessions')
    .leftJoin('summaries', 'summaries.session_id', 'sparring_sessions.id')
    .select(['sparring_sessions.id', 'sparring_sessions.ends_at'])
    .where('sparring_sessions.state', '=', 'held')
    .where(
      'sparring_sessions.ends_at',
      '>',
      new Date(now.getTime() - LOOK_BACK_DAYS * DAY).toISOString(),
    )
    .where('summaries.finalised_at', 'is', null)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('consent_requests')
            .select('consent_requests.user_id')
            .whereRef('consent_requests.session_id', '=', 'sparring_sessions.id'),
        ),
      ),
    )
    .execute();
  for (const session of held) {
    const roomClosed =
      Date.parse(session.ends_at) + ctx.closesMinutesAfter * 60_000 <= now.getTime();
    if (!roomClosed && (await someoneInRoom(db, session.id))) continue;
    run.asked += await askConsent(db, ctx, session.id, now);
  }

  const open = await db
    .selectFrom('consent_requests')
    .innerJoin('summaries', 'summaries.session_id', 'consent_requests.session_id')
    .leftJoin('summary_consents', (join) =>
      join
        .onRef('summary_consents.session_id', '=', 'consent_requests.session_id')
        .onRef('summary_consents.user_id', '=', 'consent_requests.user_id'),
    )
    .select([
      'consent_requests.session_id',
      'consent_requests.user_id',
      'consent_requests.requested_at',
      'consent_requests.reminded_at',
      'summary_consents.agreed',
      'summary_consents.decided_at',
      'summaries.updated_at',
      'summaries.finalised_at',
    ])
    .where('consent_requests.closed_at', 'is', null)
    .where(
      'consent_requests.requested_at',
      '<=',
      new Date(now.getTime() - REMIND_AFTER_DAYS * DAY).toISOString(),
    )
    .where(
      'consent_requests.requested_at',
      '>',
      new Date(now.getTime() - LOOK_BACK_DAYS * 2 * DAY).toISOString(),
    )
    .execute();
  for (const request of open) {
    // Whoever answered (yes, or a no to the current text) is not chased.
    const answered =
      Number(request.agreed) === 1 ||
      (request.decided_at !== null && request.decided_at >= request.updated_at);
    const key = (q: typeof db) =>
      q
        .updateTable('consent_requests')
        .where('session_id', '=', request.session_id)
        .where('user_id', '=', request.user_id);
    if (answered || request.finalised_at) continue;
    const age = now.getTime() - Date.parse(request.requested_at);
    if (age >= CLOSE_AFTER_DAYS * DAY) {
      await key(db).set({ closed_at: now.toISOString() }).execute();
      run.closed += 1;
    } else if (!request.reminded_at) {
      const reminded = await db.transaction().execute(async (trx) => {
        // Only the run that marks it reminds: a second run (another process) finds it marked.
        const marked = await key(trx)
          .set({ reminded_at: now.toISOString() })
          .where('reminded_at', 'is', null)
          .executeTakeFirst();
        if (Number(marked.numUpdatedRows) !== 1) return false;
        const session = await sessionForMail(trx, request.session_id);
        const [to] = await recipients(trx, [request.user_id]);
        if (!to) return true;
        const link = consentLink(ctx, request.session_id, to.id, now);
        const mail = consentRequestMail(to, session.mail, link, 'consent-reminder');
        await enqueueMail(trx, { ...mail, secrets: [tokenIn(link)] }, now);
        return true;
      });
      if (reminded) run.reminded += 1;
    }
  }
  return run;
}
