import type { WebSocketLike } from '@hocuspocus/server';
import { createDecoder, readVarUint } from 'lib0/decoding';

// Hocuspocus's acknowledgement of an edit: a "SyncStatus" message (type 8 of its protocol,
// after the document name). The provider counts these to know its edits are saved.
const SYNC_STATUS = 8;
const OPEN = 1;

interface RawSocket {
  readonly readyState: number;
  send(data: Uint8Array): void;
  close(code?: number, reason?: string): void;
}

function isAcknowledgement(message: Uint8Array): boolean {
  const decoder = createDecoder(message);
  const nameLength = readVarUint(decoder);
  decoder.pos += nameLength; // skip the document name
  return readVarUint(decoder) === SYNC_STATUS;
}

/**
 * The socket as Hocuspocus sees it. Hocuspocus applies an edit, fans it out to the others and
 * acknowledges it to the writer at once; here only the acknowledgement waits until the write
 * of that edit (and every earlier one on this socket) is committed. So the others see an edit
 * without waiting for the disk, while "acknowledged" (the editor's "saved") still means
 * "survives a crash". A write that fails leaves its acknowledgement, and all later ones on
 * this socket, unsent; the notes extension then closes the socket.
 */
export class AcknowledgeAfterStoreSocket implements WebSocketLike {
  private stored: Promise<unknown> = Promise.resolve();
  private readonly socket: RawSocket;

  constructor(socket: RawSocket) {
    this.socket = socket;
  }

  get readyState(): number {
    return this.socket.readyState;
  }

  /** Acknowledgements sent from now on wait for this write too. */
  acknowledgeAfter(write: Promise<unknown>): void {
    this.stored = this.stored.then(() => write);
  }

  send(message: Uint8Array): void {
    if (!isAcknowledgement(message)) {
      this.socket.send(message);
      return;
    }
    this.stored.then(
      () => {
        if (this.socket.readyState === OPEN) this.socket.send(message);
      },
      () => {
        // Not stored, so not acknowledged: the client keeps the edit as unsaved.
      },
    );
  }

  close(code?: number, reason?: string): void {
    this.socket.close(code, reason);
  }
}
