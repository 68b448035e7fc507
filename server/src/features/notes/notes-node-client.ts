import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { notesSocketPath } from '@ods/shared';

/** How a Node client's socket ended, when the server closed it. */
export interface ClosedWith {
  code: number;
  reason: string;
}

/** A real Yjs client of the notes server (Hocuspocus provider over `ws`), for tests and benches. */
export interface NotesNodeClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Resolves when the first sync is done; rejects when the server closes first or refuses. */
  synced: Promise<void>;
  /** Resolves once every local change so far has been acknowledged by the server. */
  acknowledged(): Promise<void>;
  /** The first close the server sent, if any. */
  closed: Promise<ClosedWith>;
  destroy(): void;
}

/**
 * Connects to a session's notes like the browser does, with a session cookie. `baseUrl` is
 * the server's http(s) URL.
 */
export function connectNotesClient(
  baseUrl: string,
  sessionId: string,
  cookie: string | undefined,
  options: { documentName?: string; reconnect?: boolean } = {},
): NotesNodeClient {
  const url = baseUrl.replace(/^http/, 'ws') + notesSocketPath(sessionId);
  class CookieWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, cookie ? { headers: { cookie } } : {});
      // Destroying a client while it is still connecting (e.g. reconnecting after a server
      // restart) makes ws emit an 'error' the provider has already stopped listening to; the
      // close that follows is what matters, so the error must not crash the process.
      this.on('error', () => {});
    }
  }
  let resolveClosed: (value: ClosedWith) => void = () => {};
  const closed = new Promise<ClosedWith>((resolve) => (resolveClosed = resolve));
  const socket = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: CookieWebSocket,
    delay: 100,
    minDelay: 100,
    maxDelay: 1000,
    maxAttempts: options.reconnect === false ? 1 : 0,
    onClose: ({ event }) => {
      resolveClosed({ code: event.code, reason: event.reason });
      // Like the browser after a refusal: do not come back with the same refused change.
      if (options.reconnect === false) socket.disconnect();
    },
  });
  const doc = new Y.Doc();
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: options.documentName ?? sessionId,
    document: doc,
  });
  provider.attach();
  const synced = new Promise<void>((resolve, reject) => {
    provider.on('synced', () => resolve());
    provider.on('authenticationFailed', ({ reason }: { reason: string }) =>
      reject(new Error(`authentication failed: ${reason}`)),
    );
    void closed.then((c) => reject(new Error(`closed ${c.code} ${c.reason}`)));
  });
  synced.catch(() => {});
  return {
    doc,
    provider,
    synced,
    closed,
    acknowledged: () =>
      new Promise<void>((resolve) => {
        if (!provider.hasUnsyncedChanges) return resolve();
        const check = () => {
          if (provider.hasUnsyncedChanges) return;
          provider.off('unsyncedChanges', check);
          resolve();
        };
        provider.on('unsyncedChanges', check);
      }),
    destroy() {
      provider.destroy();
      socket.destroy();
    },
  };
}
