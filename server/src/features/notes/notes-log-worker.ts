// Worker thread of the notes update log on SQLite: its own connection to the same file (WAL
// lets it write beside the main connection), so the commit and its fsync do not block the
// event loop that fans updates out. One message is one batch, one transaction, one reply.
import { parentPort, workerData } from 'node:worker_threads';
import SQLite from 'better-sqlite3';
import type { LogRequest, LogReply } from './notes-log-thread.ts';

const sqlite = new SQLite((workerData as { file: string }).file);
sqlite.pragma('journal_mode = WAL');
sqlite.pragma('synchronous = FULL');
sqlite.pragma('busy_timeout = 5000');

const lockedOf = sqlite.prepare<[string], { session_id: string }>(
  'select session_id from notes_documents where session_id = ? and locked_at is not null',
);
const insert = sqlite.prepare<[string, Buffer, string]>(
  'insert into notes_updates (session_id, data, created_at) values (?, ?, ?)',
);

const writeBatch = sqlite.transaction((rows: LogRequest['rows']): string[] => {
  const locked = new Set<string>();
  for (const id of new Set(rows.map((row) => row.sessionId))) {
    if (lockedOf.get(id)) locked.add(id);
  }
  for (const row of rows) {
    if (locked.has(row.sessionId)) continue;
    const data = Buffer.from(row.data.buffer, row.data.byteOffset, row.data.byteLength);
    insert.run(row.sessionId, data, row.createdAt);
  }
  return [...locked];
});

parentPort!.on('message', (request: LogRequest) => {
  let reply: LogReply;
  try {
    // IMMEDIATE: takes the write lock before the lock check, so no lock slips in between.
    reply = { id: request.id, locked: writeBatch.immediate(request.rows) };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
parentPort!.once('close', () => sqlite.close());
