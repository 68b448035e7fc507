import type { Kysely } from 'kysely';
import * as Y from 'yjs';
import type { Database } from '@ods/db';
import { readStoredNotes, toBuffer, toYDoc } from '../../domain/notes/notes-store.ts';

/**
 * Creates the notes document with its first content (the method's template), once: when two
 * instances load a new document at the same time, the first insert wins and the other writes
 * nothing, so the template never appears twice.
 */
export async function createNotesOnce(
  db: Kysely<Database>,
  sessionId: string,
  template: Uint8Array,
  now: Date,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const stamp = now.toISOString();
    const inserted = await trx
      .insertInto('notes_documents')
      .values({ session_id: sessionId, snapshot: null, created_at: stamp, updated_at: stamp })
      .onConflict((oc) => oc.column('session_id').doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1) return false;
    await trx
      .insertInto('notes_updates')
      .values({ session_id: sessionId, data: toBuffer(template), created_at: stamp })
      .execute();
    return true;
  });
}

/**
 * The sessions among these whose notes are locked: their summary is final (whether or not
 * anyone ever opened the notes, so there may be no notes row at all), or their notes row was
 * locked. Checked in the transaction that stores updates, so no edit slips in after the lock.
 */
export async function lockedSessionIds(
  db: Kysely<Database>,
  sessionIds: readonly string[],
): Promise<Set<string>> {
  if (sessionIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('summaries')
    .select('session_id')
    .where('session_id', 'in', [...sessionIds])
    .where('finalised_at', 'is not', null)
    .union(
      db
        .selectFrom('notes_documents')
        .select('session_id')
        .where('session_id', 'in', [...sessionIds])
        .where('locked_at', 'is not', null),
    )
    .execute();
  return new Set(rows.map((row) => row.session_id));
}

/**
 * Folds the stored updates into the snapshot (Yjs merge with garbage collection, V2 encoding)
 * and deletes exactly the updates it folded; updates that arrive meanwhile stay. Optimistic:
 * when another instance compacted first, this one changes nothing.
 */
export async function compactNotes(
  db: Kysely<Database>,
  sessionId: string,
  now: Date,
): Promise<{ folded: number; bytes: number } | undefined> {
  const stored = await readStoredNotes(db, sessionId);
  if (!stored || stored.updates.length === 0) return undefined;
  const doc = toYDoc(stored);
  const snapshot = Y.encodeStateAsUpdateV2(doc);
  doc.destroy();
  const ids = stored.updates.map((u) => u.id);
  const done = await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('notes_documents')
      .set({
        snapshot: toBuffer(snapshot),
        snapshot_version: stored.snapshotVersion + 1,
        updated_at: now.toISOString(),
      })
      .where('session_id', '=', sessionId)
      .where('snapshot_version', '=', stored.snapshotVersion)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return false;
    for (let i = 0; i < ids.length; i += 500) {
      await trx
        .deleteFrom('notes_updates')
        .where('id', 'in', ids.slice(i, i + 500))
        .execute();
    }
    return true;
  });
  return done ? { folded: ids.length, bytes: snapshot.byteLength } : undefined;
}
