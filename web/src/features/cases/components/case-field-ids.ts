import type { CaseField } from '../model/case-draft.ts';

/** The id of each field's control in the editor, for labels and the error summary's links. */
export const CASE_FIELD_IDS: Record<CaseField, string> = {
  title: 'case-title',
  topic: 'case-topic',
  situation: 'case-situation',
  question: 'case-question',
  sizeClass: 'case-size-class',
};
