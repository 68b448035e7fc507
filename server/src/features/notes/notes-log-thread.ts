import { Worker } from 'node:worker_threads';

export interface LogRow {
  sessionId: string;
  data: Uint8Array;
  createdAt: string;
}
export interface LogRequest {
  id: number;
  rows: LogRow[];
}
export type LogReply = { id: number; locked: string[] } | { id: number; error: string };

/**
 * The SQLite side of the notes update log, in a worker thread (notes-log-worker.ts) with its
 * own connection: write() resolves with the locked sessions once the batch is committed.
 */
export class NotesLogThread {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, (reply: LogReply) => void>();
  private nextId = 0;

  constructor(file: string) {
    this.worker = new Worker(new URL('./notes-log-worker.ts', import.meta.url), {
      workerData: { file },
    });
    this.worker.unref();
    this.worker.on('message', (reply: LogReply) => {
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
  write(rows: LogRow[]): Promise<Set<string>> {
    const id = (this.nextId += 1);
    return new Promise((resolve, reject) => {
      this.waiting.set(id, (reply) => {
        if ('error' in reply) reject(new Error(reply.error));
        else resolve(new Set(reply.locked));
      });
      this.worker.postMessage({ id, rows } satisfies LogRequest);
    });
  }

  /** Stops the worker (after the log is flushed), closing its connection. */
  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
