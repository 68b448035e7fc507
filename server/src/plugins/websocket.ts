import websocket, { type WebsocketPluginOptions } from '@fastify/websocket';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import WebSocket from 'ws';
import { WEBSOCKET_MESSAGE_TOO_BIG } from '@ods/shared';

/** The largest WebSocket message the app reads at all; ws refuses larger ones unread. */
export const SOCKET_MAX_PAYLOAD = 1024 * 1024;
type ServerClass = NonNullable<WebsocketPluginOptions['options']>['WebSocket'];
/** Lines a minute about refused frames, whoever sends them. */
const LOG_PER_MINUTE = 20;

/**
 * ws closes a socket whose message is over the limit with 1009 but no reason; this adds the
 * reason the notes client knows ('messageTooLarge'), so the close explains itself.
 */
class ExplainedWebSocket extends WebSocket {
  override close(code?: number, data?: string | Buffer): void {
    super.close(code, data ?? (code === WEBSOCKET_MESSAGE_TOO_BIG ? 'messageTooLarge' : undefined));
  }
}

/**
 * Counts log lines per minute, so that a client cannot fill the log: past the allowance the
 * lines are counted, and the count is logged once the next minute starts.
 */
export class LogAllowance {
  private windowStart = 0;
  private used = 0;
  private suppressed = 0;
  private readonly perMinute: number;

  constructor(perMinute: number) {
    this.perMinute = perMinute;
  }

  /** Whether to log now; `onSuppressed` is told how many were dropped in the last window. */
  take(now: number, onSuppressed: (count: number) => void): boolean {
    if (now - this.windowStart >= 60_000) {
      if (this.suppressed > 0) onSuppressed(this.suppressed);
      this.windowStart = now;
      this.used = 0;
      this.suppressed = 0;
    }
    if (this.used < this.perMinute) {
      this.used += 1;
      return true;
    }
    this.suppressed += 1;
    return false;
  }
}

/** ws's errors for frames a client should not have sent (too large, bad UTF-8, bad opcode…). */
function isClientFrameError(error: Error): boolean {
  const code = (error as Error & { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('WS_ERR_');
}

/**
 * @fastify/websocket with the socket limit and an error handler for client misbehaviour. Its
 * default handler logs every socket error at error level with a stack and terminates the
 * socket at once: a client could fill the error log at will, and the abrupt end (a reset while
 * the client is still sending) reaches the client as 1006 instead of the close ws already
 * sent (1009 for a message over the limit). Here a bad frame is logged at info, without a
 * stack and at most LOG_PER_MINUTE times a minute, and ws finishes its own close: the close
 * frame, then the end of the connection.
 */
export const websocketPlugin = fp(
  async (app: FastifyInstance) => {
    const allowance = new LogAllowance(LOG_PER_MINUTE);
    await app.register(websocket, {
      options: {
        maxPayload: SOCKET_MAX_PAYLOAD,
        // @types/ws wants the module's statics too; ws itself only constructs the class.
        WebSocket: ExplainedWebSocket as unknown as ServerClass,
      },
      errorHandler(error: Error, socket: WebSocket, request: FastifyRequest) {
        if (!isClientFrameError(error)) {
          request.log.error({ err: error }, 'websocket handler failed');
          socket.terminate();
          return;
        }
        const code = (error as Error & { code: string }).code;
        const log = allowance.take(performance.now(), (count) =>
          request.log.info({ suppressed: count }, 'websocket frames refused (not logged)'),
        );
        if (log)
          request.log.info({ code, route: request.routeOptions.url }, 'websocket frame refused');
        // ws has sent its close frame (or is sending it) and ends the connection after it.
        if (socket.readyState === WebSocket.OPEN) socket.close(1002);
      },
    });
  },
  { name: 'ods-websocket' },
);
