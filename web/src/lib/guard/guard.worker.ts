/// <reference lib="webworker" />
// The personal-data guard in a thread of its own: its name lists (about 175 kB) load here, not
// with the page, and a scan of long notes never holds up typing or the first paint.
import { scanPieces } from '@ods/shared/guard';
import type { GuardAnswer, GuardRequest } from './guard-protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<GuardRequest>) => {
  const { id, blocks } = event.data;
  const answer: GuardAnswer = { id, findings: blocks.flatMap((pieces) => scanPieces(pieces)) };
  self.postMessage(answer);
};
