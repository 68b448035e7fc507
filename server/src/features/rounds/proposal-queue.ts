import { randomUUID } from 'node:crypto';
import type { ProposalPhaseName, RoundProposal } from '@ods/shared';
import { catalogueMessage, FieldErrors } from '../../errors.ts';
import type { Localised } from '../../lib/language.ts';

/** What a running proposal reports back to the queue. */
export interface ProposalRun {
  signal: AbortSignal;
  phase(phase: ProposalPhaseName): void;
  best(objective: number | null, iterations: number): void;
}

/** What a finished job leaves: the round it stored (read in full only by who asks for it). */
export interface StoredRoundId {
  id: string;
}

interface Job {
  view: RoundProposal;
  controller: AbortController;
  start: () => void;
  done: Promise<StoredRoundId>;
}

/** Finished jobs stay readable this long, then are forgotten. */
const KEEP_FINISHED_MS = 60 * 60 * 1000;

const UNEXPECTED: Localised = {
  nl: 'Het voorstel is mislukt door een fout aan onze kant. Probeer het opnieuw.',
  en: 'The proposal failed because of an error on our side. Try again.',
};

/** The error of a failed job as the API shows it: a code and a message in both languages. */
function errorView(error: unknown): NonNullable<RoundProposal['error']> {
  const code =
    typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
      ? error.code
      : 'UNEXPECTED';
  const message = catalogueMessage(code) ?? UNEXPECTED;
  if (error instanceof FieldErrors) return { code, message, fields: error.fields };
  return { code: catalogueMessage(code) ? code : 'UNEXPECTED', message };
}

/**
 * Round proposals, one at a time: a machine with two cores gains nothing from two searches at
 * once, and each would take twice as long. A job waits its turn ('queued', with its place),
 * runs ('running', with phase and best objective so far), and ends 'done' (with the round),
 * 'failed' or 'cancelled'. Jobs live in this process's memory: a restart forgets them, and
 * with several app instances a job is known only to the instance that took it.
 */
export class ProposalQueue {
  private readonly jobs = new Map<string, Job>();
  private readonly waiting: Job[] = [];
  private running: Job | null = null;
  private readonly now: () => Date;
  private readonly unexpected: (error: unknown) => void;

  /** `unexpected` hears failures that are not ours to explain (for the log). */
  constructor(now: () => Date, unexpected: (error: unknown) => void = () => {}) {
    this.now = now;
    this.unexpected = unexpected;
  }

  /** Queues a proposal; `run` starts once the proposals before it have finished. */
  submit(
    deadlineSeconds: number,
    run: (progress: ProposalRun) => Promise<StoredRoundId>,
  ): RoundProposal {
    this.forgetOld();
    const controller = new AbortController();
    const view: RoundProposal = {
      id: randomUUID(),
      state: 'queued',
      phase: 'waiting',
      queuePosition: 0,
      bestObjective: null,
      iterations: 0,
      deadlineSeconds,
      createdAt: this.now().toISOString(),
      startedAt: null,
      finishedAt: null,
      roundId: null,
      error: null,
    };
    let start!: () => void;
    const started = new Promise<void>((resolve) => (start = resolve));
    const done = started.then(() =>
      run({
        signal: controller.signal,
        phase: (phase) => {
          if (view.state === 'running') view.phase = phase;
        },
        best: (objective, iterations) => {
          if (view.state !== 'running') return;
          view.bestObjective = objective;
          view.iterations = iterations;
        },
      }),
    );
    const job: Job = { view, controller, start, done };
    done.then(
      (round) => this.finish(job, 'done', { roundId: round.id }),
      (error: unknown) => {
        const view = controller.signal.aborted ? null : errorView(error);
        if (view?.code === 'UNEXPECTED') this.unexpected(error);
        this.finish(job, view ? 'failed' : 'cancelled', { error: view });
      },
    );
    this.jobs.set(view.id, job);
    this.waiting.push(job);
    this.next();
    return this.read(view.id)!;
  }

  /** A job as the API shows it, with its current place in the queue. */
  read(id: string): RoundProposal | undefined {
    const job = this.jobs.get(id);
    if (!job) return undefined;
    const place = this.waiting.indexOf(job);
    return { ...job.view, queuePosition: place < 0 ? 0 : place + (this.running ? 1 : 0) };
  }

  /** Resolves with the round once the job is done; rejects like the job. */
  result(id: string): Promise<StoredRoundId> {
    const job = this.jobs.get(id);
    if (!job) return Promise.reject(new Error(`No proposal ${id}`));
    return job.done;
  }

  /**
   * Cancels a queued or running job (a finished one stays as it is, so a repeat is harmless).
   * A running search stops at once; the next job starts when this one has let go.
   */
  cancel(id: string): RoundProposal | undefined {
    const job = this.jobs.get(id);
    if (!job) return undefined;
    if (job.view.state === 'queued' || job.view.state === 'running') {
      job.controller.abort();
      const place = this.waiting.indexOf(job);
      if (place >= 0) {
        this.waiting.splice(place, 1);
        this.finish(job, 'cancelled', {});
      } else {
        // Finished as far as anyone can see; the queue moves on once the run has let go.
        Object.assign(job.view, {
          state: 'cancelled',
          phase: 'finished',
          finishedAt: this.now().toISOString(),
        });
      }
    }
    return this.read(id);
  }

  /** Cancels every job (the app is closing: no worker may outlive it). */
  close(): void {
    for (const id of [...this.jobs.keys()]) this.cancel(id);
  }

  private finish(
    job: Job,
    state: 'done' | 'failed' | 'cancelled',
    extra: Partial<RoundProposal>,
  ): void {
    if (job.view.finishedAt === null) {
      Object.assign(job.view, { state, phase: 'finished', finishedAt: this.now().toISOString() });
      Object.assign(job.view, extra);
    }
    if (this.running === job) {
      this.running = null;
      this.next();
    }
  }

  private next(): void {
    if (this.running) return;
    const job = this.waiting.shift();
    if (!job) return;
    this.running = job;
    job.view.state = 'running';
    job.view.phase = 'pool';
    job.view.startedAt = this.now().toISOString();
    job.start();
  }

  private forgetOld(): void {
    const cutoff = this.now().getTime() - KEEP_FINISHED_MS;
    for (const [id, job] of this.jobs) {
      if (job.view.finishedAt !== null && Date.parse(job.view.finishedAt) < cutoff) {
        this.jobs.delete(id);
      }
    }
  }
}
