import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import type { SummaryContent } from '@ods/shared/api/summaries';
import { summaryTexts } from '@ods/shared/api/summary-guard';
import {
  isInLibrary,
  removeLibraryEntry,
  upsertLibraryEntry,
} from '../../domain/search/library-index.ts';
import { knownPeopleFindings, peopleToKeepOut } from './known-people.ts';
import { lockSessionNotes } from './notes-adapter.ts';
import { everyoneAgreed, summaryPeople, type SummaryPerson } from './summary-people.repository.ts';
import { contentOf, findSummary, type SummaryRow } from './summaries.repository.ts';

/** The library title: the question's first line, or the topic when there is no question. */
function titleOf(content: SummaryContent, topicName: string): string {
  const first =
    content.question
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim() ?? '';
  if (first === '') return topicName;
  return first.length <= 200 ? first : `${first.slice(0, 199).trimEnd()}…`;
}

/** Writes the library entry of a summary everyone agreed to, from who is shown how. */
async function writeEntry(
  trx: Kysely<Database>,
  summary: SummaryRow,
  people: readonly SummaryPerson[],
  now: Date,
): Promise<void> {
  const session = await trx
    .selectFrom('sparring_sessions')
    .innerJoin('topics', 'topics.slug', 'sparring_sessions.topic_slug')
    .select(['sparring_sessions.topic_slug', 'sparring_sessions.starts_at', 'topics.name_nl'])
    .where('sparring_sessions.id', '=', summary.session_id)
    .executeTakeFirstOrThrow();
  const content = contentOf(summary);
  // Only who took part is shown (and counted for the filters): a no-show did not speak in it.
  const shown = people.filter((p) => p.tookPart && p.consent && p.consent.attribution !== 'hidden');
  await upsertLibraryEntry(
    trx,
    {
      sessionId: summary.session_id,
      topic: session.topic_slug,
      heldOn: session.starts_at.slice(0, 10),
      title: titleOf(content, session.name_nl),
      searchText: Object.values(summaryTexts(content)).join('\n'),
      sizeClasses: shown.map((p) => p.sizeClass),
      regions: shown.map((p) => p.region).filter(Boolean),
    },
    now,
  );
}

/**
 * Makes the library agree with the consents: in it while every participant agrees to the
 * current text, out of it (at once) otherwise. The first time everyone agrees, the summary is
 * final and the notes are locked. Runs in the caller's transaction after every change.
 */
export async function syncPublication(
  trx: Kysely<Database>,
  sessionId: string,
  now: Date,
): Promise<void> {
  const summary = await findSummary(trx, sessionId);
  const people = await summaryPeople(trx, sessionId);
  if (!summary || !everyoneAgreed(people)) {
    await removeLibraryEntry(trx, sessionId);
    return;
  }
  // Checked again right before publishing, against everyone's final choice: a text that names a
  // participant who is not shown by name stays out of the library, whatever led here.
  const keptOut = await peopleToKeepOut(trx, sessionId);
  if (knownPeopleFindings(contentOf(summary), keptOut).length > 0) {
    await removeLibraryEntry(trx, sessionId);
    return;
  }
  await writeEntry(trx, summary, people, now);
  if (!summary.finalised_at) {
    await trx
      .updateTable('summaries')
      .set({ finalised_at: now.toISOString() })
      .where('session_id', '=', sessionId)
      .execute();
    await lockSessionNotes(trx, sessionId, now);
  }
}

/**
 * When an account is deleted, a published summary stays published: its entry is rewritten
 * without that person (their size class and region no longer count for the filters).
 */
export async function refreshWithout(
  trx: Kysely<Database>,
  sessionId: string,
  leavingUserId: string,
  now: Date,
): Promise<void> {
  const summary = await findSummary(trx, sessionId);
  if (!summary || !(await isInLibrary(trx, sessionId))) return;
  const people = (await summaryPeople(trx, sessionId)).filter((p) => p.userId !== leavingUserId);
  await writeEntry(trx, summary, people, now);
}
