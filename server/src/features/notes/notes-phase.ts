import type { Document } from '@hocuspocus/server';
import Value from 'typebox/value';
import * as Y from 'yjs';
import { NOTES_FRAGMENT, phaseOfHeading, plainText } from '../../domain/notes/notes-sections.ts';
import { lookBackBlocks } from './notes-template.ts';
import { PhaseCommandMessage } from '@ods/shared';
import {
  applyPhaseCommand,
  PHASE_MAP_NAME,
  phaseStateEntries,
  readPhaseState,
  type PhaseCommand,
} from '@ods/shared/method/phase-state';

/** Parses a stateless message into a phase command; undefined when it is not one. */
export function parsePhaseCommand(payload: string): PhaseCommand | undefined {
  let message: unknown;
  try {
    message = JSON.parse(payload);
  } catch {
    return undefined;
  }
  if (!Value.Check(PhaseCommandMessage, message)) return undefined;
  const command = message;
  return command.action === 'configure'
    ? { action: 'configure', options: command.options }
    : { action: command.action };
}

/**
 * The Yjs update that applies a phase command to a document, computed on a copy so it can be
 * stored before the live document (and so everyone) sees it. Undefined when nothing changes.
 */
export function phaseCommandUpdate(
  document: Y.Doc,
  command: PhaseCommand,
  now: Date,
): Uint8Array | undefined {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(document));
  const map = copy.getMap(PHASE_MAP_NAME);
  const before = readPhaseState(Object.fromEntries(map.entries()));
  const after = phaseStateEntries(applyPhaseCommand(before, command, now));
  const vector = Y.encodeStateVector(copy);
  copy.transact(() => {
    for (const [key, value] of Object.entries(after)) {
      if (map.get(key) !== value) map.set(key, value);
    }
    if (command.action === 'configure' && command.options.lookBack) addLookBackSection(copy);
  });
  const update = Y.encodeStateAsUpdate(copy, vector);
  copy.destroy();
  // An update with no structs and no deletions is two zero bytes.
  return update.byteLength > 2 ? update : undefined;
}

/** Puts the look-back section at the top of the notes, unless a heading for it is there. */
function addLookBackSection(doc: Y.Doc): void {
  const fragment = doc.getXmlFragment(NOTES_FRAGMENT);
  const present = fragment
    .toArray()
    .some(
      (node) =>
        node instanceof Y.XmlElement &&
        node.nodeName === 'heading' &&
        phaseOfHeading(plainText(node)) === 'terugblik',
    );
  if (!present) fragment.insert(0, lookBackBlocks());
}

/** Applies a stored update to the live document as a server-side change. */
export function applyServerUpdate(document: Document, update: Uint8Array): void {
  Y.applyUpdate(document, update, { source: 'local' });
}
