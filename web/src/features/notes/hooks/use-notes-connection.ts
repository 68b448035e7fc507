import { HocuspocusProvider } from '@hocuspocus/provider';
import { useEffect, useState } from 'react';
import * as Y from 'yjs';
import { notesSocketPath } from '@ods/shared/api/notes';
import { closeOutcome, personColour, type CloseOutcome } from '../model/close-messages.ts';

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
 */
export function useNotesConnection(
  sessionId: string,
  me: { userId: string; name: string },
): NotesConnection | undefined {
  const [connection, setConnection] = useState<NotesConnection>();

  useEffect(() => {
    const doc = new Y.Doc();
    const provider = new HocuspocusProvider({
      url: socketUrl(sessionId),
      name: sessionId,
      document: doc,
    });
    let state: NotesConnection = {
      provider,
      doc,
      status: 'connecting',
      unsaved: 0,
      synced: false,
      loaded: false,
      readOnly: false,
      closed: undefined,
      clockOffset: 0,
    };
    let active = true;
    const update = (change: Partial<NotesConnection>) => {
      state = { ...state, ...change };
      if (active) setConnection(state);
    };
    // Published from a callback like every later change, not during the effect itself.
    void Promise.resolve().then(() => {
      if (active) setConnection(state);
    });
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
    provider.on('unsyncedChanges', ({ number }: { number: number }) => update({ unsaved: number }));
    provider.on('authenticated', ({ scope }: { scope: string }) =>
      // Back in after a passing close (locked, storage): that message is no longer current.
      update({
        readOnly: scope === 'readonly',
        closed: state.closed?.permanent ? state.closed : undefined,
      }),
    );
    provider.on('close', ({ event }: { event: CloseEvent }) => {
      const outcome = closeOutcome(event.code);
      if (!outcome) return;
      if (outcome.permanent) provider.configuration.websocketProvider.disconnect();
      update({ closed: outcome, status: 'offline' });
    });
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
      provider.destroy();
      doc.destroy();
    };
  }, [sessionId, me.userId, me.name]);

  return connection;
}
