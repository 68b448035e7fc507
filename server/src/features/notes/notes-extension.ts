import type {
  beforeHandleAwarenessPayload,
  beforeSyncPayload,
  connectedPayload,
  Extension,
  onAuthenticatePayload,
  onLoadDocumentPayload,
  onStatelessPayload,
  onStoreDocumentPayload,
  afterUnloadDocumentPayload,
  Document,
} from '@hocuspocus/server';
import * as Y from 'yjs';
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import { NOTES_CLOSE_CODES, NOTES_LIMITS, type NotesCloseReason } from '@ods/shared';
import type { Clock } from '../../lib/time.ts';
import type { NotesContext } from './notes-access.ts';
import { applyServerUpdate, parsePhaseCommand, phaseCommandUpdate } from './notes-phase.ts';
import { readStoredNotes, storedBytes, toYDoc } from '../../domain/notes/notes-store.ts';
import { createNotesOnce } from './notes.repository.ts';
import { loadTemplateInput } from './notes-session.ts';
import { buildNotesTemplate } from './notes-template.ts';
import type { AppendResult, NotesUpdateLog } from './notes-update-log.ts';
import { AcknowledgeAfterStoreSocket } from './acknowledge-after-store.ts';

// y-protocols/sync message types that carry document content.
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** Thrown from a hook: Hocuspocus ends that document's connection with this code. */
class NotesRefusal extends Error {
  readonly code: number;
  readonly reason: NotesCloseReason;
  constructor(reason: NotesCloseReason) {
    super(`notes: ${reason}`);
    this.code = NOTES_CLOSE_CODES[reason];
    this.reason = reason;
  }
}

interface Socket {
  close(code?: number, reason?: string): void;
}

/**
 * Persistence and rules of the shared notes, as a Hocuspocus extension. Every update a client
 * sends is handed to the database log as it arrives (beforeSync, ahead of Hocuspocus applying
 * it); Hocuspocus fans it out at once, but its acknowledgement to the writer waits for the
 * commit (AcknowledgeAfterStoreSocket), so an acknowledged edit survives a crash. Compaction
 * runs in onStoreDocument, which Hocuspocus debounces and flushes when a document unloads.
 */
export class NotesExtension implements Extension<NotesContext> {
  extensionName = 'ods-notes';
  /** Documents of which a write failed: the next write stores the whole document first. */
  private readonly unstored = new Set<string>();
  /** Bytes stored per loaded document, for the size limit. */
  private readonly sizes = new Map<string, number>();
  /** The phase command under way per document. */
  private readonly phaseCommands = new Map<string, Promise<void>>();
  private readonly db: Kysely<Database>;
  private readonly log: NotesUpdateLog;
  private readonly clock: Clock;
  private readonly logger: FastifyBaseLogger;

  constructor(deps: {
    db: Kysely<Database>;
    log: NotesUpdateLog;
    clock: Clock;
    logger: FastifyBaseLogger;
  }) {
    this.db = deps.db;
    this.log = deps.log;
    this.clock = deps.clock;
    this.logger = deps.logger;
  }

  async onAuthenticate({
    documentName,
    context,
    connectionConfig,
  }: onAuthenticatePayload<NotesContext>) {
    // The socket was opened for one session; it may not open another session's notes.
    if (documentName !== context.sessionId) throw new NotesRefusal('notParticipant');
    connectionConfig.readOnly = context.readOnly;
  }

  async onLoadDocument({ documentName }: onLoadDocumentPayload<NotesContext>) {
    let stored = await readStoredNotes(this.db, documentName);
    if (!stored) {
      const template = buildNotesTemplate(await loadTemplateInput(this.db, documentName));
      await createNotesOnce(this.db, documentName, template, this.clock.now());
      stored = await readStoredNotes(this.db, documentName);
    }
    if (!stored) throw new Error(`notes ${documentName} missing after creation`);
    this.sizes.set(documentName, storedBytes(stored));
    return toYDoc(stored);
  }

  async connected({ connection }: connectedPayload<NotesContext>) {
    connection.sendStateless(
      JSON.stringify({ type: 'clock', serverNow: this.clock.now().toISOString() }),
    );
  }

  async beforeSync({
    type,
    payload,
    document,
    documentName,
    connection,
  }: beforeSyncPayload<NotesContext>) {
    if ((type !== SYNC_STEP_2 && type !== SYNC_UPDATE) || connection.readOnly) return;
    const repair = this.unstored.has(documentName);
    // An empty update (no structs, no deletions) changes nothing and need not be stored.
    if (payload.byteLength <= 2 && !repair) return;
    const size = (this.sizes.get(documentName) ?? 0) + payload.byteLength;
    if (size > NOTES_LIMITS.documentBytes) this.close(connection.webSocket, 'documentTooLarge');
    this.sizes.set(documentName, size);
    // Not awaited: Hocuspocus applies and fans the edit out now; its acknowledgement waits
    // for this write (AcknowledgeAfterStoreSocket).
    const write = this.store(
      documentName,
      payload,
      repair ? Y.encodeStateAsUpdate(document) : null,
    );
    if (connection.webSocket instanceof AcknowledgeAfterStoreSocket)
      connection.webSocket.acknowledgeAfter(write);
    write.then(
      (result) => {
        if (result === 'locked') this.closeAll(document, 'locked');
      },
      (error: unknown) => {
        this.logger.error({ err: error }, 'storing a notes update failed');
        this.unstored.add(documentName);
        this.closeSocket(connection.webSocket, 'storageFailed');
      },
    );
  }

  /**
   * Appends an update; after a failed write, first the whole document as it is in memory,
   * because the edits that failed are in memory (and with the others) but not stored, and no
   * client will send them again.
   */
  private async store(
    documentName: string,
    update: Uint8Array,
    wholeDocument: Uint8Array | null,
  ): Promise<AppendResult> {
    if (wholeDocument) {
      // Queued together, so they share one transaction: both are stored, or neither.
      const [result] = await Promise.all([
        this.log.append(documentName, wholeDocument),
        this.log.append(documentName, update),
      ]);
      this.unstored.delete(documentName);
      return result;
    }
    return this.log.append(documentName, update);
  }

  async beforeHandleAwareness({ states, context }: beforeHandleAwarenessPayload<NotesContext>) {
    // Others see the name the server knows, whatever a client claims.
    for (const state of states.values()) {
      const user = state.user as Record<string, unknown> | undefined;
      if (user && context) state.user = { ...user, name: context.name, userId: context.userId };
    }
  }

  async onStateless({ payload, connection, document, documentName }: onStatelessPayload) {
    const context = connection.context as NotesContext;
    const command = parsePhaseCommand(payload);
    if (!command) return;
    const reply = (message: object) => connection.sendStateless(JSON.stringify(message));
    if (context.role !== 'facilitator' || connection.readOnly) {
      reply({ type: 'refused', reason: 'facilitator-only' });
      return;
    }
    // One command at a time per document: each is computed on the state the previous left.
    const previous = this.phaseCommands.get(documentName) ?? Promise.resolve();
    const run = previous.then(async () => {
      const now = this.clock.now();
      const update = phaseCommandUpdate(document, command, now);
      if (update) {
        if ((await this.log.append(documentName, update)) === 'locked') {
          reply({ type: 'refused', reason: 'locked' });
          return;
        }
        applyServerUpdate(document, update);
      }
      reply({ type: 'clock', serverNow: now.toISOString() });
    });
    const settled = run.catch((error: unknown) =>
      this.logger.error({ err: error }, 'a phase command failed'),
    );
    this.phaseCommands.set(documentName, settled);
    await settled;
    if (this.phaseCommands.get(documentName) === settled) this.phaseCommands.delete(documentName);
  }

  async onStoreDocument({ documentName }: onStoreDocumentPayload<NotesContext>) {
    const bytes = await this.log.compact(documentName, this.clock.now());
    if (bytes !== null) this.sizes.set(documentName, bytes);
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload) {
    this.sizes.delete(documentName);
    this.unstored.delete(documentName);
  }

  /** Ends the socket with one of our close codes and stops handling the message. */
  private close(socket: Socket, reason: NotesCloseReason): never {
    this.closeSocket(socket, reason);
    throw new NotesRefusal(reason);
  }

  private closeSocket(socket: Socket, reason: NotesCloseReason): void {
    socket.close(NOTES_CLOSE_CODES[reason], reason);
  }

  /** Ends every connection of a document, e.g. when its notes turned out to be locked. */
  private closeAll(document: Document, reason: NotesCloseReason): void {
    for (const connection of document.getConnections())
      this.closeSocket(connection.webSocket, reason);
  }
}
