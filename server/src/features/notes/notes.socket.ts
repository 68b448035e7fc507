import type { Hocuspocus } from '@hocuspocus/server';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RawData, WebSocket } from 'ws';
import {
  NOTES_CLOSE_CODES,
  NOTES_LIMITS,
  SessionIdParams,
  type NotesCloseReason,
} from '@ods/shared';
import type { AppConfig } from '../../config.ts';
import { WebSocketOnly } from '../../errors.ts';
import { AcknowledgeAfterStoreSocket } from './acknowledge-after-store.ts';
import { resolveNotesAccess, type NotesContext } from './notes-access.ts';
import { ConnectionBudget } from './notes-budget.ts';
import { NotesCooldown } from './notes-cooldown.ts';

// Messages that arrive while the participant check runs wait here, up to this many.
const MAX_EARLY_MESSAGES = 50;
// After closing a flood, how long the close frame has to reach the client before the
// connection is cut (the socket reads nothing more meanwhile).
const FLOOD_LINGER_MS = 5000;
/**
 * Open notes connections per person on this instance: a few tabs and devices fit; without a
 * cap, a client could open a hundred and flood with a hundred budgets at once.
 */
export const MAX_CONNECTIONS_PER_PERSON = 10;

function toBytes(data: RawData): Uint8Array {
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  const buffer = Array.isArray(data) ? Buffer.concat(data) : data;
  // A view, not a copy: the message is read once and then dropped.
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** A page from another site may not use the visitor's cookie to open the notes. */
function sameOrigin(request: FastifyRequest, config: AppConfig): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  try {
    const host = new URL(origin).host;
    return host === new URL(config.publicUrl).host || host === request.headers.host;
  } catch {
    return false;
  }
}

/**
 * The notes socket of one session, on the app's own port. The access plugin has already
 * checked the session cookie on the upgrade; here the participant check runs and the socket
 * is handed to Hocuspocus. Handlers are attached before the first await, so no message is lost.
 * Every message is checked against the connection's budget (ConnectionBudget) before
 * Hocuspocus sees it: a client that sends more than a person could is closed
 * (tooManyMessages), and that person's new connections wait out a cooldown; one person has
 * at most MAX_CONNECTIONS_PER_PERSON open at a time.
 */
export function notesSocketRoute(
  app: FastifyInstance,
  hocuspocus: Hocuspocus<NotesContext>,
  config: AppConfig,
) {
  const cooldown = new NotesCooldown();
  const open = new Map<string, number>();
  app.route({
    method: 'GET',
    url: '/api/sessions/:id/notes/socket',
    config: { access: 'signed-in' },
    schema: { params: SessionIdParams, hide: true },
    // A plain GET (no upgrade): say what this address is for, in the error shape.
    handler: async (_request, reply) => {
      void reply.header('upgrade', 'websocket');
      throw new WebSocketOnly();
    },
    wsHandler: (socket: WebSocket, request: FastifyRequest<{ Params: SessionIdParams }>) => {
      let client: ReturnType<Hocuspocus<NotesContext>['handleConnection']> | null = null;
      let closed = false;
      const early: Uint8Array[] = [];
      const user = request.user!;
      const budget = new ConnectionBudget(performance.now());
      const refuse = (reason: NotesCloseReason) => {
        if (closed) return;
        closed = true;
        socket.close(NOTES_CLOSE_CODES[reason], reason);
      };
      /**
       * Over budget: closed, and nothing more is read. The rest of a flood would otherwise be
       * parsed, message by message, only to be dropped (20 000 of them took the event loop
       * for a few hundred ms); after a moment for the close frame the connection is cut.
       */
      const refuseFlood = () => {
        if (closed) return;
        cooldown.start(user.id, performance.now());
        refuse('tooManyMessages');
        socket.pause();
        setTimeout(() => socket.terminate(), FLOOD_LINGER_MS).unref();
      };
      socket.on('message', (data) => {
        if (closed) return;
        const bytes = toBytes(data);
        if (bytes.byteLength > NOTES_LIMITS.messageBytes) {
          refuse('messageTooLarge');
          return;
        }
        if (!budget.allows(bytes, performance.now())) {
          // Client misbehaviour, not ours: info, once per connection (it ends here).
          request.log.info('notes socket over its message budget; closed');
          refuseFlood();
          return;
        }
        if (client) client.handleMessage(bytes);
        else if (early.length < MAX_EARLY_MESSAGES) early.push(bytes);
        else refuseFlood();
      });
      const opened = (open.get(user.id) ?? 0) + 1;
      open.set(user.id, opened);
      socket.on('close', (code, reason) => {
        closed = true;
        const left = (open.get(user.id) ?? 1) - 1;
        if (left > 0) open.set(user.id, left);
        else open.delete(user.id);
        client?.handleClose({ code, reason: reason.toString() });
      });
      if (!sameOrigin(request, config)) {
        refuse('wrongOrigin');
        return;
      }
      if (cooldown.active(user.id, performance.now()) || opened > MAX_CONNECTIONS_PER_PERSON) {
        refuse('tooManyMessages');
        return;
      }
      resolveNotesAccess(app.db, request.params.id, user).then(
        (access) => {
          if (closed) return;
          if (typeof access === 'string') {
            refuse(access);
            return;
          }
          // Hocuspocus reads nothing from the request but its URL; the cookie stays out of it.
          const connection = hocuspocus.handleConnection(
            new AcknowledgeAfterStoreSocket(socket),
            new Request(new URL(request.url, config.publicUrl)),
            access,
          );
          client = connection;
          for (const bytes of early.splice(0)) connection.handleMessage(bytes);
        },
        (error: unknown) => {
          request.log.error({ err: error }, 'notes access check failed');
          refuse('storageFailed');
        },
      );
    },
  });
}
