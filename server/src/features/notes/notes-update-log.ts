import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import type { Clock } from '../../lib/time.ts';
import { readStoredNotes, storedBytes, toBuffer } from '../../domain/notes/notes-store.ts';
import { compactNotes, lockedSessionIds } from './notes.repository.ts';
import type { NotesLogThread } from './notes-log-thread.ts';
import { mergeByDocument } from './notes-merge.ts';

/** How long a batch waits for more updates before it is written (cf. PostgreSQL's commit_delay). */
const GROUP_COMMIT_WINDOW_MS = 4;

export type AppendResult = 'stored' | 'locked';

interface Pending {
  sessionId: string;
  data: Uint8Array;
  resolve: (result: AppendResult) => void;
  reject: (error: unknown) => void;
}

/**
 * The append-only log of Yjs updates, written with group commit: updates that arrive while a
 * write is under way wait and go together in the next transaction, merged into one row per
 * document (mergeByDocument), so a burst of keystrokes costs one commit (one fsync) and one
 * row instead of one each. A caller's promise resolves only after
 * its update is committed; that is when the server may acknowledge it. On SQLite the commits
 * and the compaction run in a worker thread (NotesLogThread), so they do not stall the fan-out.
 */
export class NotesUpdateLog {
  private queue: Pending[] = [];
  private writing: Promise<void> | null = null;
  private readonly db: Kysely<Database>;
  private readonly clock: Clock;
  private readonly thread: NotesLogThread | undefined;

  constructor(db: Kysely<Database>, clock: Clock, thread?: NotesLogThread) {
    this.db = db;
    this.clock = clock;
    this.thread = thread;
  }

  /** Stores one update; 'locked' (and nothing stored) when the notes are read-only by now. */
  append(sessionId: string, data: Uint8Array): Promise<AppendResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ sessionId, data, resolve, reject });
      this.writing ??= this.drain();
    });
  }

  /**
   * Folds a document's stored updates into its snapshot; resolves with the bytes the document
   * takes now, or null when there was nothing to fold (or another instance did it first).
   */
  async compact(sessionId: string, now: Date): Promise<number | null> {
    if (this.thread) return this.thread.compact(sessionId, now);
    if (!(await compactNotes(this.db, sessionId, now))) return null;
    const stored = await readStoredNotes(this.db, sessionId);
    return stored ? storedBytes(stored) : null;
  }

  /** Resolves once everything handed to append() so far is written (for shutdown). */
  async flush(): Promise<void> {
    while (this.writing) await this.writing;
  }

  /** Flushes, then stops the worker thread if there is one. */
  async close(): Promise<void> {
    await this.flush();
    await this.thread?.close();
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      // Group commit: the updates that arrive within the window join this batch instead of
      // each paying for a transaction (and an fsync) of its own. Only the acknowledgement
      // waits for it; the others already have the update.
      await new Promise((resolve) => setTimeout(resolve, GROUP_COMMIT_WINDOW_MS));
      const batch = this.queue;
      this.queue = [];
      try {
        const locked = await this.writeBatch(batch);
        for (const item of batch) item.resolve(locked.has(item.sessionId) ? 'locked' : 'stored');
      } catch (error) {
        for (const item of batch) item.reject(error);
      }
    }
    this.writing = null;
  }

  private async writeBatch(batch: Pending[]): Promise<Set<string>> {
    const sessionIds = [...new Set(batch.map((item) => item.sessionId))];
    const stamp = this.clock.now().toISOString();
    if (this.thread) return this.thread.write(batch, stamp);
    return this.db.transaction().execute(async (trx) => {
      // Checked in the same transaction as the insert, so no update slips in after the lock.
      const locked = await lockedSessionIds(trx, sessionIds);
      const rows = mergeByDocument(batch.filter((item) => !locked.has(item.sessionId))).map(
        (item) => ({
          session_id: item.sessionId,
          data: toBuffer(item.data),
          created_at: stamp,
        }),
      );
      for (let i = 0; i < rows.length; i += 200) {
        await trx
          .insertInto('notes_updates')
          .values(rows.slice(i, i + 200))
          .execute();
      }
      return locked;
    });
  }
}
