import type { Kysely, Selectable } from 'kysely';
import type { Database, SummariesTable } from '@ods/db';
import type { ConfirmedWarning } from '@ods/shared/api/cases';
import type { ExchangeRow, SummaryContent } from '@ods/shared/api/summaries';

export type SummaryRow = Selectable<SummariesTable>;

/** The stored summary of a session, if it was ever saved. */
export async function findSummary(
  db: Kysely<Database>,
  sessionId: string,
): Promise<SummaryRow | undefined> {
  return db
    .selectFrom('summaries')
    .selectAll()
    .where('session_id', '=', sessionId)
    .executeTakeFirst();
}

export function contentOf(row: SummaryRow): SummaryContent {
  return {
    question: row.question,
    insights: row.insights,
    exchange: JSON.parse(row.exchange_rows) as ExchangeRow[],
    advice: row.advice,
    takeaways: row.takeaways,
    followUps: row.follow_ups,
  };
}

export function confirmedWarningsOf(row: SummaryRow): ConfirmedWarning[] {
  return JSON.parse(row.confirmed_warnings) as ConfirmedWarning[];
}

function columnsOf(content: SummaryContent) {
  return {
    question: content.question,
    insights: content.insights,
    exchange_rows: JSON.stringify(content.exchange),
    advice: content.advice,
    takeaways: content.takeaways,
    follow_ups: content.followUps,
  };
}

/** Stores the first version; false when someone else stored one first. */
export async function insertSummary(
  db: Kysely<Database>,
  sessionId: string,
  content: SummaryContent,
  /** Null for the draft made from the notes, which nobody wrote. */
  userId: string | null,
  now: Date,
): Promise<boolean> {
  const stamp = now.toISOString();
  const result = await db
    .insertInto('summaries')
    .values({
      session_id: sessionId,
      ...columnsOf(content),
      version: 1,
      updated_by: userId,
      created_at: stamp,
      updated_at: stamp,
      finalised_at: null,
    })
    .onConflict((oc) => oc.column('session_id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/**
 * Replaces the texts if the stored version is still the one the editor started from (last
 * write wins, but never over a version the writer has not seen); false otherwise.
 */
export async function updateSummary(
  db: Kysely<Database>,
  sessionId: string,
  expectedVersion: number,
  content: SummaryContent,
  userId: string,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('summaries')
    .set((eb) => ({
      ...columnsOf(content),
      version: eb('version', '+', 1),
      updated_by: userId,
      updated_at: now.toISOString(),
    }))
    .where('session_id', '=', sessionId)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * People agreed to a text: after an edit everyone is asked again. Choices of how to be shown
 * stay; consents of erased accounts go (they cannot agree to the new text).
 */
export async function resetConsents(db: Kysely<Database>, sessionId: string): Promise<void> {
  await db
    .deleteFrom('summary_consents')
    .where('session_id', '=', sessionId)
    .where('user_id', 'is', null)
    .execute();
  await db
    .updateTable('summary_consents')
    .set({ agreed: 0 })
    .where('session_id', '=', sessionId)
    .execute();
}
