import type { Hocuspocus } from '@hocuspocus/server';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RawData, WebSocket } from 'ws';
import { NOTES_CLOSE_CODES, NOTES_LIMITS, SessionIdParams } from '@ods/shared';
import type { AppConfig } from '../../config.ts';
import { AcknowledgeAfterStoreSocket } from './acknowledge-after-store.ts';
import { resolveNotesAccess, type NotesContext } from './notes-access.ts';

// Messages that arrive while the participant check runs wait here, up to this many.
const MAX_EARLY_MESSAGES = 50;

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
 */
export function notesSocketRoute(
  app: FastifyInstance,
  hocuspocus: Hocuspocus<NotesContext>,
  config: AppConfig,
) {
  app.get(
    '/api/sessions/:id/notes/socket',
    {
      websocket: true,
      config: { access: 'signed-in' },
      schema: { params: SessionIdParams, hide: true },
    },
    (socket: WebSocket, request: FastifyRequest<{ Params: SessionIdParams }>) => {
      let client: ReturnType<Hocuspocus<NotesContext>['handleConnection']> | null = null;
      let closed = false;
      const early: Uint8Array[] = [];
      socket.on('message', (data) => {
        const bytes = toBytes(data);
        if (bytes.byteLength > NOTES_LIMITS.messageBytes) {
          socket.close(NOTES_CLOSE_CODES.messageTooLarge, 'messageTooLarge');
          return;
        }
        if (client) client.handleMessage(bytes);
        else if (early.length < MAX_EARLY_MESSAGES) early.push(bytes);
        else socket.close(NOTES_CLOSE_CODES.messageTooLarge, 'messageTooLarge');
      });
      socket.on('close', (code, reason) => {
        closed = true;
        client?.handleClose({ code, reason: reason.toString() });
      });
      if (!sameOrigin(request, config)) {
        socket.close(NOTES_CLOSE_CODES.wrongOrigin, 'wrongOrigin');
        return;
      }
      const user = request.user!;
      resolveNotesAccess(app.db, request.params.id, user).then(
        (access) => {
          if (closed) return;
          if (typeof access === 'string') {
            socket.close(NOTES_CLOSE_CODES[access], access);
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
          socket.close(NOTES_CLOSE_CODES.storageFailed, 'storageFailed');
        },
      );
    },
  );
}
