import type { Kysely } from 'kysely';
import * as Y from 'yjs';
import type { Database } from '@ods/db';

// How a session's shared notes are stored: a Yjs snapshot (V2) plus the updates (V1) that
// arrived since. Read by the notes feature and by features that use the notes (summaries).

/** The stored state of one notes document: its snapshot and the updates since. */
export interface StoredNotes {
  snapshot: Uint8Array | null;
  snapshotVersion: number;
  updates: { id: number; data: Uint8Array }[];
  locked: boolean;
}

/** What is stored for a session's notes, or undefined when the document was never created. */
export async function readStoredNotes(
  db: Kysely<Database>,
  sessionId: string,
): Promise<StoredNotes | undefined> {
  const document = await db
    .selectFrom('notes_documents')
    .select(['snapshot', 'snapshot_version', 'locked_at'])
    .where('session_id', '=', sessionId)
    .executeTakeFirst();
  if (!document) return undefined;
  const updates = await db
    .selectFrom('notes_updates')
    .select(['id', 'data'])
    .where('session_id', '=', sessionId)
    .orderBy('id')
    .execute();
  return {
    snapshot: document.snapshot,
    snapshotVersion: document.snapshot_version,
    updates,
    locked: document.locked_at !== null,
  };
}

/** The Yjs document the stored state describes (garbage collection on). */
export function toYDoc(stored: StoredNotes): Y.Doc {
  const doc = new Y.Doc({ gc: true });
  if (stored.snapshot) Y.applyUpdateV2(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update.data);
  return doc;
}

/** The bytes a stored document takes: what the size limit counts. */
export function storedBytes(stored: StoredNotes): number {
  return (
    (stored.snapshot?.byteLength ?? 0) +
    stored.updates.reduce((sum, update) => sum + update.data.byteLength, 0)
  );
}

/** Node's Buffer view of bytes: what both database drivers bind as a blob/bytea. */
export function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
