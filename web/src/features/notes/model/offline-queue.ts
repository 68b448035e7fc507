// Hocuspocus's "Sync" message, and y-protocols' "update" inside it.
const SYNC = 0;
const SYNC_UPDATE = 2;

/** lib0's variable-length unsigned integer at `at`: [value, position after it]. */
function readVarUint(bytes: Uint8Array, at: number): [number, number] {
  let value = 0;
  for (let shift = 0, i = at; i < bytes.length && shift < 35; shift += 7, i += 1) {
    value += (bytes[i]! & 0x7f) * 2 ** shift;
    if (bytes[i]! < 0x80) return [value, i + 1];
  }
  return [-1, bytes.length];
}

/** Whether a queued message is an edit (a Sync message with an update), by its header. */
export function isEditMessage(message: unknown): boolean {
  if (!(message instanceof Uint8Array)) return false;
  const [nameLength, afterLength] = readVarUint(message, 0);
  if (nameLength < 0) return false;
  const [type, afterType] = readVarUint(message, afterLength + nameLength);
  return type === SYNC && readVarUint(message, afterType)[0] === SYNC_UPDATE;
}

/**
 * The provider queues every edit made while offline as a message of its own and sends them
 * all when it is back, just before the sync that carries the same edits in one message
 * (SyncStep2). An hour offline would arrive as thousands of messages at once, beyond the
 * server's budget (it would close the connection for sending too much). This drops the
 * queued edits, and only those, from the provider's queue (`messageQueue`, private in its
 * types; when it is not there, nothing happens).
 */
export function dropQueuedEdits(websocketProvider: object): void {
  const holder = websocketProvider as { messageQueue?: unknown };
  if (Array.isArray(holder.messageQueue))
    holder.messageQueue = holder.messageQueue.filter((message) => !isEditMessage(message));
}
