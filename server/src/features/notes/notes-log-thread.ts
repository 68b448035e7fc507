import { Worker } from 'node:worker_threads';

/** One update for the log: the session (document) it belongs to and its bytes. */
export interface LogItem {
  sessionId: string;
  data: Uint8Array;
}

/**
 * A batch as it crosses to the worker: the bytes of all updates in one buffer (one copy
 * instead of an object per update), and per update the index of its document and its length.
 */
export interface AppendRequest {
  kind: 'append';
  id: number;
  createdAt: string;
  documents: string[];
  /** Pairs: index into documents, byte length. */
  rows: Uint32Array;
  bytes: Uint8Array;
}
export interface CompactRequest {
  kind: 'compact';
  id: number;
  sessionId: string;
  now: string;
}
export type LogRequest = AppendRequest | CompactRequest;
/** The worker's first message: it has loaded, native SQLite module included. */
export const READY = 'ready';

export type LogReply =
  | { id: number; locked: string[] }
  | { id: number; storedBytes: number | null }
  | { id: number; error: string };

/** Packs a batch into one transferable buffer (see AppendRequest). */
export function packBatch(
  items: readonly LogItem[],
): Pick<AppendRequest, 'documents' | 'rows' | 'bytes'> {
  const documents: string[] = [];
  const indexOf = new Map<string, number>();
  const rows = new Uint32Array(items.length * 2);
  let total = 0;
  items.forEach((item, i) => {
    let index = indexOf.get(item.sessionId);
    if (index === undefined) {
      index = documents.push(item.sessionId) - 1;
      indexOf.set(item.sessionId, index);
    }
    rows[i * 2] = index;
    rows[i * 2 + 1] = item.data.byteLength;
    total += item.data.byteLength;
  });
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const item of items) {
    bytes.set(item.data, offset);
    offset += item.data.byteLength;
  }
  return { documents, rows, bytes };
}

/** The updates of a packed batch, in order; the data are views into its buffer. */
export function unpackBatch(batch: Pick<AppendRequest, 'documents' | 'rows' | 'bytes'>): LogItem[] {
  const items: LogItem[] = [];
  let offset = 0;
  for (let i = 0; i < batch.rows.length; i += 2) {
    const length = batch.rows[i + 1]!;
    items.push({
      sessionId: batch.documents[batch.rows[i]!]!,
      data: batch.bytes.subarray(offset, offset + length),
    });
    offset += length;
  }
  return items;
}

type Request = { kind: 'append'; items: LogItem[]; createdAt: string } | Omit<CompactRequest, 'id'>;

/**
 * The SQLite side of the notes update log, in a worker thread (notes-log-worker.ts) with its
 * own connection: the commits (and their fsync) and the compaction (reading, merging and
 * rewriting a whole document) run there, so neither blocks the event loop that fans updates
 * out. The worker handles one request at a time, in the order they were sent.
 */
export class NotesLogThread {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, (reply: LogReply) => void>();
  private nextId = 0;
  private readonly loaded: Promise<void>;
  private markLoaded: () => void = () => undefined;

  constructor(file: string) {
    this.worker = new Worker(new URL('./notes-log-worker.ts', import.meta.url), {
      workerData: { file },
    });
    this.worker.unref();
    this.loaded = new Promise((resolve) => {
      this.worker.once('exit', () => resolve());
      this.markLoaded = resolve;
    });
    this.worker.on('message', (reply: LogReply | typeof READY) => {
      if (reply === READY) return this.markLoaded();
      this.waiting.get(reply.id)?.(reply);
      this.waiting.delete(reply.id);
    });
    const failAll = (error: unknown) => {
      const message = error instanceof Error ? error.message : 'the notes log worker stopped';
      for (const [id, settle] of this.waiting) settle({ id, error: message });
      this.waiting.clear();
    };
    this.worker.on('error', failAll);
    this.worker.on('exit', failAll);
  }

  /** Writes one batch in one transaction; resolves with the sessions whose notes are locked. */
  async write(items: LogItem[], createdAt: string): Promise<Set<string>> {
    const reply = await this.request({ kind: 'append', items, createdAt });
    return new Set('locked' in reply ? reply.locked : []);
  }

  /** Compacts one document; resolves with the bytes it takes now, or null if nothing changed. */
  async compact(sessionId: string, now: Date): Promise<number | null> {
    const reply = await this.request({ kind: 'compact', sessionId, now: now.toISOString() });
    return 'storedBytes' in reply ? reply.storedBytes : null;
  }

  /** Stops the worker (after the log is flushed), closing its connection. */
  async close(): Promise<void> {
    // Stopping a thread while it still loads a native module (better-sqlite3) aborts the whole
    // process (napi_register_module_v1 fails fatally); an app closed right after it started met
    // that in CI. So wait until it has loaded, or for at most a few seconds.
    await Promise.race([this.loaded, new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
    await this.worker.terminate();
  }

  private request(request: Request): Promise<LogReply> {
    const id = (this.nextId += 1);
    return new Promise((resolve, reject) => {
      this.waiting.set(id, (reply) => {
        if ('error' in reply) reject(new Error(reply.error));
        else resolve(reply);
      });
      if (request.kind === 'compact') {
        this.worker.postMessage({ ...request, id } satisfies LogRequest);
        return;
      }
      // Copied, not transferred: for batches this small a copy is the cheaper of the two.
      this.worker.postMessage({
        kind: 'append',
        id,
        createdAt: request.createdAt,
        ...packBatch(request.items),
      } satisfies LogRequest);
    });
  }
}
