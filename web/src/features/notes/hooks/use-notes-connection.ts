import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { useEffect, useRef, useState } from 'react';
import * as Y from 'yjs';
import { notesSocketPath } from '@ods/shared/notes/paths';
import {
  closeOutcome,
  pauseBeforeReconnect,
  personColour,
  type CloseOutcome,
} from '../model/close-messages.ts';
import { dropQueuedEdits } from '../model/offline-queue.ts';

export type NotesStatus = 'connecting' | 'connected' | 'offline';

export interface NotesConnection {
  provider: HocuspocusProvider;
  doc: Y.Doc;
  status: NotesStatus;
  /** Local changes the server has not acknowledged (stored) yet. */
  unsaved: number;
  synced: boolean;
  /** The first sync is done: the editor can show the document (also while offline later). */
  loaded: boolean;
  readOnly: boolean;
  closed: CloseOutcome | undefined;
  /** Server time minus local time, in ms, from the server's clock messages. */
  clockOffset: number;
}

function socketUrl(sessionId: string): string {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${window.location.host}${notesSocketPath(sessionId)}`;
}

/**
 * Connects to a session's notes. The provider is created in an effect and destroyed in its
 * cleanup (never in render or useMemo: StrictMode would leave an orphaned socket behind).
 * After the server refused an edit for its size (messageTooLarge, documentTooLarge) the
 * provider would send that edit again on every reconnect; so the local copy is dropped and a
 * new one connects to what is stored (a new `start`), and the person is told their last edit
 * was undone. After tooManyMessages it waits before connecting again.
 */
export function useNotesConnection(
  sessionId: string,
  me: { userId: string; name: string },
): NotesConnection | undefined {
  const [connection, setConnection] = useState<NotesConnection>();
  // Bumped to start over from the stored notes; the refusal that caused it is carried over.
  const [start, setStart] = useState(0);
  const carried = useRef<CloseOutcome | undefined>(undefined);
  const pauses = useRef(0);

  useEffect(() => {
    const doc = new Y.Doc();
    // Decided in the socket's own onClose, which runs before it schedules a reconnect: a
    // disconnect() in a later 'close' listener would not cancel that reconnect, and a refused
    // client would come back every second.
    let onClosed: (code: number) => void = () => {};
    const socket = new HocuspocusProviderWebsocket({
      url: socketUrl(sessionId),
      // Connected below, once the provider is attached: connecting on construction as well
      // would open a second socket at once.
      autoConnect: false,
      onClose: ({ event }) => onClosed(event.code),
    });
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: sessionId,
      document: doc,
    });
    provider.attach();
    void socket.connect();
    let state: NotesConnection = {
      provider,
      doc,
      status: 'connecting',
      unsaved: 0,
      synced: false,
      loaded: false,
      readOnly: false,
      closed: carried.current,
      clockOffset: 0,
    };
    carried.current = undefined;
    let pause: ReturnType<typeof setTimeout> | undefined;
    let active = true;
    const update = (change: Partial<NotesConnection>) => {
      state = { ...state, ...change };
      if (active) setConnection(state);
    };
    // Published from a callback like every later change, not during the effect itself.
    void Promise.resolve().then(() => {
      if (active) setConnection(state);
    });
    // Edits made offline come back in the sync, as one message; not each on its own as well.
    socket.on('connect', () => dropQueuedEdits(socket));
    provider.awareness?.setLocalStateField('user', {
      name: me.name,
      color: personColour(me.userId),
    });
    provider.on('status', ({ status }: { status: string }) =>
      update({
        status:
          status === 'connected' ? 'connected' : status === 'connecting' ? 'connecting' : 'offline',
      }),
    );
    provider.on('synced', ({ state: synced }: { state: boolean }) =>
      update({ synced, loaded: state.loaded || synced }),
    );
    provider.on('unsyncedChanges', ({ number }: { number: number }) =>
      update({
        unsaved: number,
        // A new edit saved after one was undone: the notice about that one has had its turn.
        closed:
          number === 0 && state.unsaved > 0 && state.closed?.action === 'restart'
            ? undefined
            : state.closed,
      }),
    );
    provider.on('authenticated', ({ scope }: { scope: string }) =>
      // Back in after a passing close (locked, storage, a pause): that message is no longer
      // current; the one about an undone edit stays until the person has read it.
      update({
        readOnly: scope === 'readonly',
        closed:
          state.closed?.action === 'stop' || state.closed?.action === 'restart'
            ? state.closed
            : undefined,
      }),
    );
    onClosed = (code) => {
      const outcome = closeOutcome(code);
      if (!outcome) return;
      if (outcome.action !== 'reconnect') socket.disconnect();
      if (outcome.action === 'restart') {
        carried.current = outcome;
        if (active) setStart((n) => n + 1);
      }
      if (outcome.action === 'pause') {
        clearTimeout(pause);
        pause = setTimeout(() => void socket.connect(), pauseBeforeReconnect(pauses.current));
        pauses.current += 1;
      }
      update({ closed: outcome, status: 'offline' });
    };
    provider.on('stateless', ({ payload }: { payload: string }) => {
      try {
        const message = JSON.parse(payload) as { type?: string; serverNow?: string };
        if (message.type === 'clock' && message.serverNow)
          update({ clockOffset: Date.parse(message.serverNow) - Date.now() });
      } catch {
        // Not ours: ignore.
      }
    });
    return () => {
      active = false;
      clearTimeout(pause);
      provider.destroy();
      socket.destroy();
      doc.destroy();
    };
  }, [sessionId, me.userId, me.name, start]);

  return connection;
}
