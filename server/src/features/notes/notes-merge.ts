import * as Y from 'yjs';
import type { LogItem } from './notes-log-thread.ts';

/**
 * One row per document for a batch of updates: the updates of a document that arrive within
 * one group-commit window are merged (Y.mergeUpdates), so a burst of keystrokes, however many,
 * costs one row to store and to read back. The merge is exactly the updates together; each
 * caller is still answered only once the batch is committed. A document whose updates cannot
 * be merged (a malformed update) keeps them as they came, so one bad update does not take the
 * others of the batch down with it.
 */
export function mergeByDocument(items: readonly LogItem[]): LogItem[] {
  const byDocument = new Map<string, Uint8Array[]>();
  for (const item of items) {
    const updates = byDocument.get(item.sessionId);
    if (updates) updates.push(item.data);
    else byDocument.set(item.sessionId, [item.data]);
  }
  const merged: LogItem[] = [];
  for (const [sessionId, updates] of byDocument) {
    if (updates.length === 1) {
      merged.push({ sessionId, data: updates[0]! });
      continue;
    }
    try {
      merged.push({ sessionId, data: Y.mergeUpdates(updates) });
    } catch {
      for (const data of updates) merged.push({ sessionId, data });
    }
  }
  return merged;
}
