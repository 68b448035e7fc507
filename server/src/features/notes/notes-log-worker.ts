// Worker thread of the notes update log on SQLite: its own connection to the same file (WAL
// lets it write beside the main connection), so commits, their fsync and compaction do not
// block the event loop that fans updates out. One append request is one batch, one
// transaction, one reply; requests are handled one at a time, in order.
import { parentPort, workerData } from 'node:worker_threads';
import { openSqliteFile, sqliteKysely } from '@ods/db';
import { readStoredNotes, storedBytes, toBuffer } from '../../domain/notes/notes-store.ts';
import { compactNotes } from './notes.repository.ts';
import { mergeByDocument } from './notes-merge.ts';
import {
  unpackBatch,
  type AppendRequest,
  type LogReply,
  type LogRequest,
  READY,
} from './notes-log-thread.ts';

const sqlite = openSqliteFile((workerData as { file: string }).file);
const db = sqliteKysely(sqlite);

// Locked as in lockedSessionIds: the summary is final, or the notes row was locked.
const lockedOf = sqlite.prepare<[string, string], { locked: number }>(
  `select 1 as locked from summaries where session_id = ? and finalised_at is not null
   union all
   select 1 from notes_documents where session_id = ? and locked_at is not null`,
);
const insert = sqlite.prepare<[string, Buffer, string]>(
  'insert into notes_updates (session_id, data, created_at) values (?, ?, ?)',
);

const writeBatch = sqlite.transaction((batch: AppendRequest): string[] => {
  const locked = new Set(batch.documents.filter((id) => lockedOf.get(id, id)));
  // Merged here, off the event loop that fans updates out.
  for (const item of mergeByDocument(unpackBatch(batch))) {
    if (!locked.has(item.sessionId))
      insert.run(item.sessionId, toBuffer(item.data), batch.createdAt);
  }
  return [...locked];
});

async function handle(request: LogRequest): Promise<LogReply> {
  if (request.kind === 'append') {
    // IMMEDIATE: takes the write lock before the lock check, so no lock slips in between.
    return { id: request.id, locked: writeBatch.immediate(request) };
  }
  const compacted = await compactNotes(db, request.sessionId, new Date(request.now));
  const stored = compacted ? await readStoredNotes(db, request.sessionId) : undefined;
  return { id: request.id, storedBytes: stored ? storedBytes(stored) : null };
}

// One at a time: an append may not start its transaction inside a compaction's.
let previous = Promise.resolve();
parentPort!.on('message', (request: LogRequest) => {
  previous = previous.then(async () => {
    let reply: LogReply;
    try {
      reply = await handle(request);
    } catch (error) {
      reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
    }
    parentPort!.postMessage(reply);
  });
});
parentPort!.once('close', () => sqlite.close());
// Loaded (the native SQLite module with it): from now on the thread may be stopped safely.
parentPort!.postMessage(READY);
