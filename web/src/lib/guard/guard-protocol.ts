import type { PlacedFinding, ReadablePiece } from '@ods/shared/guard';

/** What the page asks the guard's worker: the readable texts (blocks) of a document. */
export type GuardRequest = { id: number; blocks: readonly (readonly ReadablePiece[])[] };

/** The worker's answer to the request with the same id. */
export type GuardAnswer = { id: number; findings: PlacedFinding[] };
