import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import type {
  ConsentRequest,
  SummaryFinding,
  SummaryGuardRejection,
} from '@ods/shared/api/summaries';
import { guardSummary } from '@ods/shared/api/summary-guard';
import {
  catalogueMessage,
  SummaryHasPersonalData,
  SummaryIncomplete,
  SummaryNamesParticipant,
  SummaryNotSaved,
  SummaryStale,
  SummaryUnconfirmedWarnings,
} from '../../errors.ts';
import { requestLanguage } from '../../lib/language.ts';
import { knownPeopleFindings, peopleToKeepOut } from './known-people.ts';
import { syncPublication } from './publication.ts';
import { confirmedWarningsOf, contentOf, findSummary } from './summaries.repository.ts';
import { isPublishable } from './summary-content.ts';
import { saveConsent } from './summary-people.repository.ts';

/** 422 with the findings in the way, so the page can point at each of them. */
export function sendGuardRejection(
  request: FastifyRequest,
  reply: FastifyReply,
  error: { code: string; statusCode: number },
  findings: SummaryFinding[],
) {
  const message = catalogueMessage(error.code)![requestLanguage(request)];
  const body: SummaryGuardRejection = { code: error.code, message, findings };
  return reply.status(error.statusCode).send(body);
}

export type AgreeOutcome =
  | { ok: true }
  | {
      ok: false;
      error: { code: string; statusCode: number };
      findings: SummaryFinding[];
    };

/**
 * Agrees, for one participant, to publish the version they read: from the summary page and
 * from the page a consent mail opens alike. The server runs the personal-data guard itself;
 * when this was the last consent missing, the summary goes into the library.
 */
export async function agreeToSummary(
  db: Kysely<Database>,
  sessionId: string,
  userId: string,
  request: ConsentRequest,
  now: Date,
): Promise<AgreeOutcome> {
  const stored = await findSummary(db, sessionId);
  if (!stored) throw new SummaryNotSaved();
  if (stored.version !== request.version) throw new SummaryStale();
  const content = contentOf(stored);
  if (!isPublishable(content)) throw new SummaryIncomplete();
  const guard = guardSummary(content, [
    ...confirmedWarningsOf(stored),
    ...request.confirmedWarnings,
  ]);
  // The names the system knows: a participant who is not shown by name is not in the text either.
  const people = await peopleToKeepOut(db, sessionId, {
    userId,
    attribution: request.attribution,
  });
  const known = knownPeopleFindings(content, people);
  if (known.length > 0)
    return {
      ok: false,
      error: new SummaryNamesParticipant(),
      findings: [...known, ...guard.blocking],
    };
  if (guard.blocking.length > 0)
    return {
      ok: false,
      error: new SummaryHasPersonalData(),
      findings: [...guard.blocking, ...guard.unconfirmed],
    };
  if (guard.unconfirmed.length > 0)
    return { ok: false, error: new SummaryUnconfirmedWarnings(), findings: guard.unconfirmed };
  await db.transaction().execute(async (trx) => {
    // Conditional on the version read: an edit that commits first makes this one stale
    // (on PostgreSQL the row lock makes the two wait for each other).
    const locked = await trx
      .updateTable('summaries')
      .set({ confirmed_warnings: JSON.stringify(guard.confirmed) })
      .where('session_id', '=', sessionId)
      .where('version', '=', stored.version)
      .executeTakeFirst();
    if (Number(locked.numUpdatedRows) !== 1) throw new SummaryStale();
    await saveConsent(
      trx,
      sessionId,
      userId,
      { attribution: request.attribution, agreed: true },
      now,
    );
    await syncPublication(trx, sessionId, now);
  });
  return { ok: true };
}

/**
 * Says no (or withdraws): out of the library at once. The choice of how to be shown stays; a
 * person who never chose is recorded as hidden, which only matters if they agree later.
 */
export async function refuseSummary(
  db: Kysely<Database>,
  sessionId: string,
  userId: string,
  now: Date,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const mine = await trx
      .selectFrom('summary_consents')
      .select('attribution')
      .where('session_id', '=', sessionId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    const attribution = mine?.attribution ?? 'hidden';
    await saveConsent(trx, sessionId, userId, { attribution, agreed: false }, now);
    await syncPublication(trx, sessionId, now);
  });
}
