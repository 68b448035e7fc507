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

/** One started worker and the requests it has not answered yet. */
interface Running {
  worker: Worker;
  waiting: Map<number, (reply: LogReply) => void>;
  /** Resolves once the worker has loaded (or has exited). */
  loaded: Promise<void>;
}

/**
 * The SQLite side of the notes update log, in a worker thread (notes-log-worker.ts) with its
 * own connection: the commits (and their fsync) and the compaction (reading, merging and
 * rewriting a whole document) run there, so neither blocks the event loop that fans updates
 * out. The worker handles one request at a time, in the order they were sent.
 *
 * Started with the app, not on the first write: an instance whose thread was not yet started
 * (started lazily, no notes written yet) spent 60–77 instead of 43–49 µs of CPU per /health and
 * held 390–420 instead of 255–300 MiB after the same load, in interleaved runs of both
 * (docs/BENCHMARKS.md, "The notes log thread started lazily: measured, not kept"), although
 * it held 40 MiB less at idle. A thread that dies is replaced on the next request.
 */
export class NotesLogThread {
  private readonly file: string;
  private running: Running | undefined;
  private closed = false;
  private nextId = 0;
  /** How many workers were started so far (for tests and the bench). */
  starts = 0;

  constructor(file: string) {
    this.file = file;
    this.running = this.start();
  }

  /** Whether a worker runs now. */
  get started(): boolean {
    return this.running !== undefined;
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
    this.closed = true;
    const running = this.running;
    this.running = undefined;
    if (running) await stopWorker(running);
  }

  private start(): Running {
    const worker = new Worker(new URL('./notes-log-worker.ts', import.meta.url), {
      workerData: { file: this.file },
    });
    worker.unref();
    this.starts += 1;
    let markLoaded: () => void = () => undefined;
    const loaded = new Promise<void>((resolve) => {
      worker.once('exit', () => resolve());
      markLoaded = resolve;
    });
    const running: Running = { worker, waiting: new Map(), loaded };
    worker.on('message', (reply: LogReply | typeof READY) => {
      if (reply === READY) return markLoaded();
      running.waiting.get(reply.id)?.(reply);
      running.waiting.delete(reply.id);
    });
    const failAll = (error: unknown) => {
      // The next request starts a new worker instead of waiting on this one for ever.
      if (this.running === running) this.running = undefined;
      const message = error instanceof Error ? error.message : 'the notes log worker stopped';
      for (const [id, settle] of running.waiting) settle({ id, error: message });
      running.waiting.clear();
    };
    worker.on('error', failAll);
    worker.on('exit', failAll);
    return running;
  }

  private request(request: Request): Promise<LogReply> {
    if (this.closed) return Promise.reject(new Error('the notes log is closed'));
    const running = (this.running ??= this.start());
    const id = (this.nextId += 1);
    return new Promise((resolve, reject) => {
      running.waiting.set(id, (reply) => {
        if ('error' in reply) reject(new Error(reply.error));
        else resolve(reply);
      });
      if (request.kind === 'compact') {
        running.worker.postMessage({ ...request, id } satisfies LogRequest);
        return;
      }
      // Copied, not transferred: for batches this small a copy is the cheaper of the two.
      running.worker.postMessage({
        kind: 'append',
        id,
        createdAt: request.createdAt,
        ...packBatch(request.items),
      } satisfies LogRequest);
    });
  }
}

async function stopWorker(running: Running): Promise<void> {
  // Stopping a thread while it still loads a native module (better-sqlite3) aborts the whole
  // process (napi_register_module_v1 fails fatally); an app closed right after it started met
  // that in CI. So wait until it has loaded, or for at most a few seconds.
  await Promise.race([
    running.loaded,
    new Promise((resolve) => setTimeout(resolve, 5_000).unref()),
  ]);
  await running.worker.terminate();
}
