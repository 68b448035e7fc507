import type { CaseState } from '@ods/db';

// The one life cycle of a case: the owner marks a draft ready (after the guard) or takes it
// back; committing a match round marks it used; the owner can archive it at any point.
const NEXT: Record<CaseState, readonly CaseState[]> = {
  draft: ['ready', 'archived'],
  ready: ['draft', 'used', 'archived'],
  used: ['archived'],
  archived: [],
};

/** Whether a case may move from one state to another. */
export function canTransitionCase(from: CaseState, to: CaseState): boolean {
  return NEXT[from].includes(to);
}
