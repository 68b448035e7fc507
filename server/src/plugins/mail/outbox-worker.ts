import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Kysely } from 'kysely';
import type { Transporter } from 'nodemailer';
import { isPostgres, type Database, type OutboxRow } from '@ods/db';
import type { Clock } from '../../lib/time.ts';
import { redact, type MailAttachment } from './outbox.ts';

export const MAX_ATTEMPTS = 12;

/**
 * How long a claimed mail stays with the instance that claimed it. Far longer than one SMTP
 * conversation can take (the transport gives up after 10 s to connect, 10 s for the greeting
 * and 30 s of silence), so it runs out only when that instance died mid-send.
 */
export const LEASE_MS = 10 * 60_000;

/**
 * Who claims a mail: this host, this process and a value of this start, so that a process
 * on the same host can tell a claim of a process that is gone (killed, restarted: even with
 * the same pid, as in a container) from one that is still sending, and take it back at once
 * instead of after the lease.
 */
export interface Claimant {
  host: string;
  pid: number;
  start: string;
}

export const thisProcess: Claimant = {
  host: hostname(),
  pid: process.pid,
  start: randomBytes(6).toString('hex'),
};

const claimantText = (c: Claimant) => `${c.host} ${c.pid} ${c.start}`;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, it is only someone else's.
    return (error as { code?: string }).code === 'EPERM';
  }
}

/** Whether a claim was made by a process of this host that no longer runs. */
export function claimantGone(claimedBy: string | null, self: Claimant): boolean {
  const [host, pid, start] = (claimedBy ?? '').split(' ');
  if (!host || host !== self.host || !pid || !start) return false;
  if (Number(pid) === self.pid) return start !== self.start;
  return !processAlive(Number(pid));
}

/** Wait before attempt n+1: 30 s, 1 min, 2 min … capped at one hour. */
export function backoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 60 * 60_000);
}

export interface OutboxWorkerOptions {
  db: Kysely<Database>;
  transport: Transporter | undefined;
  from: string;
  publicHost: string;
  clock: Clock;
  onError: (message: string, mailId: string) => void;
  /**
   * Whether the mail server answers now. After a delivery failed because the server was
   * unreachable, the worker asks this instead of spending the attempts of every mail, and
   * when it answers again sends everything that waits at once, rather than after each
   * mail's backoff (up to an hour).
   */
  mailServerAnswers?: () => Promise<boolean>;
  /** Who this worker claims mail as; this process by default (tests play several). */
  claimant?: Claimant;
}

/** Errors that say the mail server is not there (rather than that it refused this mail). */
const UNREACHABLE_CODES = new Set([
  'ECONNECTION',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'ESOCKET',
  'EDNS',
  'EGREETING',
]);

function serverUnreachable(error: unknown): boolean {
  const { code, responseCode } = error as { code?: string; responseCode?: number };
  // 421: "service not available", the server's own way of saying it is down.
  return (code !== undefined && UNREACHABLE_CODES.has(code)) || responseCode === 421;
}

export interface OutboxWorker {
  /** Delivers every mail that is due; returns how many were sent. */
  runOnce(): Promise<number>;
}

/**
 * Delivers the outbox; any number of app instances may run it on one database. Each mail is
 * claimed on its own, in a transaction, before the SMTP call: on PostgreSQL the claim takes
 * the oldest due row that no other instance has locked (`FOR UPDATE SKIP LOCKED`), on SQLite
 * the transaction holds the file's write lock. A claimed mail is 'sending' with a lease, then
 * 'sent'. A crash in between leaves it 'sending'; once its lease has run out any instance
 * puts it back to 'pending', and a process on the same host does so at once when the
 * claiming process is gone (a restart after kill -9). A mail another instance is still
 * sending is left alone. Its Message-ID is derived from the outbox id, so a receiver can
 * recognise that one repeat.
 */
export function createOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { db, transport, clock } = options;
  const self = options.claimant ?? thisProcess;
  let running: Promise<number> | undefined;
  let serverDown = false;

  /** The oldest due mail, now 'sending' and ours until its lease runs out; none: undefined. */
  async function claimNext(): Promise<OutboxRow | undefined> {
    const now = clock.now();
    return db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom('outbox')
        .selectAll()
        .where('state', '=', 'pending')
        .where('next_attempt_at', '<=', now.toISOString())
        .orderBy('created_at')
        .limit(1)
        .$if(isPostgres(trx), (q) => q.forUpdate().skipLocked())
        .executeTakeFirst();
      if (!row) return undefined;
      const claimed = await trx
        .updateTable('outbox')
        .set({
          state: 'sending',
          attempts: row.attempts + 1,
          lease_until: new Date(now.getTime() + LEASE_MS).toISOString(),
          claimed_by: claimantText(self),
        })
        .where('id', '=', row.id)
        .where('state', '=', 'pending')
        .executeTakeFirst();
      return Number(claimed.numUpdatedRows) === 1 ? row : undefined;
    });
  }

  async function deliver(row: OutboxRow): Promise<boolean> {
    if (!transport) return false;
    try {
      const attachments = JSON.parse(row.attachments) as MailAttachment[];
      await transport.sendMail({
        from: options.from,
        to: row.to_address,
        subject: row.subject,
        text: row.text_body,
        ...(row.html_body ? { html: row.html_body } : {}),
        messageId: `<${row.id}@${options.publicHost}>`,
        headers: JSON.parse(row.headers) as Record<string, string>,
        ...(attachments.length > 0 ? calendarParts(attachments) : {}),
      });
      await db
        .updateTable('outbox')
        .set({
          state: 'sent',
          sent_at: clock.now().toISOString(),
          last_error: null,
          lease_until: null,
          claimed_by: null,
          ...withoutSecrets(row),
        })
        .where('id', '=', row.id)
        .execute();
      return true;
    } catch (error) {
      if (serverUnreachable(error)) serverDown = true;
      const attempts = row.attempts + 1;
      const message = error instanceof Error ? error.message : String(error);
      options.onError(message, row.id);
      const givenUp = attempts >= MAX_ATTEMPTS;
      await db
        .updateTable('outbox')
        .set({
          state: givenUp ? 'failed' : 'pending',
          // A mail given up on is never sent: its links need not survive either.
          ...(givenUp ? withoutSecrets(row) : {}),
          last_error: message.slice(0, 500),
          lease_until: null,
          claimed_by: null,
          next_attempt_at: new Date(clock.now().getTime() + backoffMs(attempts)).toISOString(),
        })
        .where('id', '=', row.id)
        .execute();
      return false;
    }
  }

  async function run(): Promise<number> {
    if (!transport) return 0;
    await takeBackAbandoned();
    if (serverDown && options.mailServerAnswers) {
      if (!(await options.mailServerAnswers())) return 0;
      serverDown = false;
      // Back: what waited for the server goes now, in the order it was written.
      await db
        .updateTable('outbox')
        .set({ next_attempt_at: clock.now().toISOString() })
        .where('state', '=', 'pending')
        .where('next_attempt_at', '>', clock.now().toISOString())
        .execute();
    }
    let sent = 0;
    // At most 50 a run, so a long queue does not keep this run going for ever.
    for (let i = 0; i < 50; i += 1) {
      const row = await claimNext();
      if (!row) break;
      if (await deliver(row)) sent += 1;
      // The rest would fail the same way; they wait without spending an attempt.
      else if (serverDown && options.mailServerAnswers) break;
    }
    return sent;
  }

  /** Claims whose instance died mid-send (or rows from before leases existed) are pending again. */
  async function takeBackAbandoned(): Promise<void> {
    const now = clock.now().toISOString();
    const claims = await db
      .selectFrom('outbox')
      .select(['id', 'claimed_by', 'lease_until'])
      .where('state', '=', 'sending')
      .execute();
    for (const claim of claims) {
      const runOut = claim.lease_until === null || claim.lease_until < now;
      if (!runOut && !claimantGone(claim.claimed_by, self)) continue;
      // Only the claim seen here: had another instance taken it back and claimed it again
      // meanwhile, its claim differs and stays.
      await db
        .updateTable('outbox')
        .set({ state: 'pending', lease_until: null, claimed_by: null })
        .where('id', '=', claim.id)
        .where('state', '=', 'sending')
        .where((eb) =>
          claim.claimed_by === null
            ? eb('claimed_by', 'is', null)
            : eb('claimed_by', '=', claim.claimed_by),
        )
        .execute();
    }
  }

  return {
    runOnce() {
      // One run at a time: the timer and an explicit kick may overlap.
      running ??= run().finally(() => {
        running = undefined;
      });
      return running;
    },
  };
}

/** The stored bodies once the mail needs its secrets no more. */
function withoutSecrets(row: OutboxRow) {
  if (!row.secrets) return {};
  return { ...redact(row, JSON.parse(row.secrets) as string[]), secrets: null };
}

/**
 * A calendar invitation goes through nodemailer's icalEvent only: one text/calendar part with
 * its METHOD inside multipart/alternative (what Outlook and Gmail turn into accept/decline)
 * plus the same event once as an application/ics attachment. Passing it as an attachment as
 * well would add a second copy of the event that some clients show twice.
 */
function calendarParts(attachments: MailAttachment[]) {
  const invitation = attachments.find((a) => a.method);
  const others = attachments.filter((a) => a !== invitation);
  return {
    ...(others.length > 0
      ? {
          attachments: others.map((a) => ({
            filename: a.filename,
            content: a.content,
            contentType: a.contentType,
          })),
        }
      : {}),
    ...(invitation
      ? {
          icalEvent: {
            method: invitation.method!,
            content: invitation.content,
            filename: invitation.filename,
          },
        }
      : {}),
  };
}
