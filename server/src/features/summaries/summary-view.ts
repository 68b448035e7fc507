import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import type { SummaryStatus, SummaryView } from '@ods/shared/api/summaries';
import { draftSummary, emptySummary } from '../../core/summaries/draft-summary.ts';
import { isInLibrary } from '../../domain/search/library-index.ts';
import { readSessionNotes } from '../../domain/notes/notes-sections.ts';
import { knownPeopleFindings, peopleToKeepOut, withoutKnownPeople } from './known-people.ts';
import type { SummarySession } from './summary-session.ts';
import { summaryPeople, type SummaryPerson } from './summary-people.repository.ts';
import { confirmedWarningsOf, contentOf, findSummary } from './summaries.repository.ts';

/** Where a summary stands, from its consents and whether the library has it. */
export function statusOf(people: readonly SummaryPerson[], published: boolean): SummaryStatus {
  if (published) return 'published';
  return people.some((p) => p.consent?.agreed) ? 'awaiting-consent' : 'draft';
}

/** Whether the user gave their rating of the session (asked once). */
export async function hasRated(
  db: Kysely<Database>,
  sessionId: string,
  userId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('session_ratings')
    .select('rating')
    .where('session_id', '=', sessionId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Whether the stored rating and spar-again answers are exactly these. */
export async function sameRating(
  db: Kysely<Database>,
  sessionId: string,
  userId: string,
  rating: number,
  wanted: ReadonlySet<string>,
): Promise<boolean> {
  const stored = await db
    .selectFrom('session_ratings')
    .select('rating')
    .where('session_id', '=', sessionId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (stored?.rating !== rating) return false;
  const answers = await db
    .selectFrom('spar_again_answers')
    .select(['other_user_id', 'wants'])
    .where('session_id', '=', sessionId)
    .where('user_id', '=', userId)
    .execute();
  return answers.every((a) => (a.wants === 1) === wanted.has(a.other_user_id));
}

/**
 * The summary for one participant. Before the first save it is the draft made from the notes
 * (or the case's question), computed on every read and stored by nobody: reading changes
 * nothing.
 */
export async function loadSummaryView(
  db: Kysely<Database>,
  session: SummarySession,
  viewerId: string,
): Promise<SummaryView> {
  const stored = await findSummary(db, session.id);
  const people = await summaryPeople(db, session.id);
  const published = stored ? await isInLibrary(db, session.id) : false;
  let content = stored ? contentOf(stored) : emptySummary();
  if (!stored) {
    const notes = await readSessionNotes(db, session.id);
    content = withoutKnownPeople(
      draftSummary(notes ?? { sections: [], table: [] }, { caseQuestion: session.caseQuestion }),
      await peopleToKeepOut(db, session.id),
    );
  }
  return {
    sessionId: session.id,
    topic: session.topic,
    startsAt: session.startsAt,
    saved: stored !== undefined,
    version: stored?.version ?? 0,
    content,
    status: statusOf(people, published),
    updatedAt: stored?.updated_at ?? null,
    finalisedAt: stored?.finalised_at ?? null,
    participants: people.map((p) => ({ ...p, isMe: p.userId === viewerId })),
    confirmedWarnings: stored ? confirmedWarningsOf(stored) : [],
    knownPeople: knownPeopleFindings(content, await peopleToKeepOut(db, session.id)),
    rated: await hasRated(db, session.id, viewerId),
  };
}
