// Public API of the personal-data guard: pure, no I/O, safe in the browser and on the server.
export { scanPersonalData } from './scan.ts';
export { scanPieces, type PlacedFinding, type ReadablePiece } from './readable.ts';
export { applyReplacement, blockingFindings } from './replace.ts';
export { findKnownPeople, type KnownPerson } from './known-people.ts';
export { passesElfproef, isValidWrittenIban } from './checksums.ts';
export { REASONS, REPLACEMENTS } from './messages.ts';
export { FINDING_KINDS } from './types.ts';
export type { Finding, FindingKind, LocalizedText, ScanOptions, Severity } from './types.ts';
