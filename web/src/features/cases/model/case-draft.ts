import { CASE_LIMITS } from '@ods/shared/api/case-limits';
import type { CaseDetails, CaseInput } from '@ods/shared/api/cases';
import type { SizeClass } from '@ods/shared/municipality';

/** The editor's form state: plain strings, '' for "not chosen". */
export type CaseDraft = {
  title: string;
  topic: string;
  situation: string;
  question: string;
  sizeClass: SizeClass | '';
};

export const CASE_FIELDS = ['title', 'topic', 'situation', 'question', 'sizeClass'] as const;
export type CaseField = (typeof CASE_FIELDS)[number];

export type DraftProblem = { problem: 'required' | 'tooLong' | 'topicRequired'; max?: number };

const MAX: Partial<Record<CaseField, number>> = {
  title: CASE_LIMITS.titleMax,
  situation: CASE_LIMITS.situationMax,
  question: CASE_LIMITS.questionMax,
};

/** A blank case. */
export function emptyCaseDraft(): CaseDraft {
  return { title: '', topic: '', situation: '', question: '', sizeClass: '' };
}

/** The form state for a stored case. */
export function draftFromCase(stored: CaseDetails): CaseDraft {
  return {
    title: stored.title,
    topic: stored.topic.slug,
    situation: stored.situation,
    question: stored.question,
    sizeClass: stored.sizeClass ?? '',
  };
}

/** What the API takes. */
export function toCaseInput(draft: CaseDraft): CaseInput {
  return {
    title: draft.title.trim(),
    topic: draft.topic,
    situation: draft.situation,
    question: draft.question,
    sizeClass: draft.sizeClass === '' ? null : draft.sizeClass,
  };
}

/**
 * What the server would refuse, checked before sending. A draft needs a title and a topic; a
 * case that is to become ready also needs its situation and its question.
 */
export function draftProblems(
  draft: CaseDraft,
  { forReady }: { forReady: boolean },
): Partial<Record<CaseField, DraftProblem>> {
  const problems: Partial<Record<CaseField, DraftProblem>> = {};
  if (draft.title.trim() === '') problems.title = { problem: 'required' };
  if (draft.topic === '') problems.topic = { problem: 'topicRequired' };
  if (forReady) {
    if (draft.situation.trim() === '') problems.situation = { problem: 'required' };
    if (draft.question.trim() === '') problems.question = { problem: 'required' };
  }
  for (const field of ['title', 'situation', 'question'] as const) {
    const max = MAX[field]!;
    if (draft[field].length > max) problems[field] = { problem: 'tooLong', max };
  }
  return problems;
}
