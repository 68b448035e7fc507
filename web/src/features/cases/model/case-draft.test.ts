import { describe, expect, it } from 'vitest';
import { draftProblems, emptyCaseDraft, toCaseInput } from './case-draft.ts';

describe('case draft', () => {
  it('needs a title and a topic to save, and the texts too to become ready', () => {
    const draft = { ...emptyCaseDraft(), title: '  ' };
    expect(draftProblems(draft, { forReady: false })).toEqual({
      title: { problem: 'required' },
      topic: { problem: 'topicRequired' },
    });
    expect(Object.keys(draftProblems(draft, { forReady: true }))).toEqual([
      'title',
      'topic',
      'situation',
      'question',
    ]);
  });

  it('refuses texts longer than the server takes', () => {
    const draft = {
      ...emptyCaseDraft(),
      title: 'Titel',
      topic: 'jeugdhulp',
      situation: 'x'.repeat(5_001),
    };
    expect(draftProblems(draft, { forReady: false })).toEqual({
      situation: { problem: 'tooLong', max: 5_000 },
    });
  });

  it('sends no size class as null and a trimmed title', () => {
    expect(toCaseInput({ ...emptyCaseDraft(), title: ' Titel ', topic: 'jeugdhulp' })).toEqual({
      title: 'Titel',
      topic: 'jeugdhulp',
      situation: '',
      question: '',
      sizeClass: null,
    });
  });
});
