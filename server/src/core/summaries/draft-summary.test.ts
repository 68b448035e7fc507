import { describe, expect, it } from 'vitest';
import { draftSummary, type SessionNotes } from './draft-summary.ts';

const notes: SessionNotes = {
  sections: [
    { phase: 'opening', text: 'Anna (Utrecht), Bram (Zwolle), Chantal (Tiel)' },
    { phase: 'de-casus', text: 'Een gezin met schulden wacht drie maanden op hulp.' },
    { phase: 'verhelderende-vragen', text: 'Is er een beschermingsbewind? Nee.' },
    {
      phase: 'over-de-schutting',
      text: 'Grote gemeenten werken met een vast team.\nAdvies: begin met een huisbezoek',
    },
    {
      phase: 'adviezen-en-inzichten',
      text: '- Bel binnen drie dagen terug\nInzicht: wachtlijsten ontstaan bij de intake\n\n',
    },
    {
      phase: 'afronding',
      text: 'Ik probeer de snelle intake\nVervolg: Bram stuurt het werkproces\nMeenemen: minder formulieren',
    },
  ],
  table: [
    { municipality: 'Utrecht', approach: 'Vast team', tools: 'Budgetcoach', whatWorks: 'Snel' },
    { municipality: ' ', approach: '', tools: '', whatWorks: '' },
  ],
};

describe('draftSummary', () => {
  it('puts each line of the notes in its field by label, else by phase', () => {
    const draft = draftSummary(notes);
    expect(draft.insights).toBe(
      'Grote gemeenten werken met een vast team.\nwachtlijsten ontstaan bij de intake',
    );
    expect(draft.advice).toBe('begin met een huisbezoek\n- Bel binnen drie dagen terug');
    expect(draft.takeaways).toBe('Ik probeer de snelle intake\nminder formulieren');
    expect(draft.followUps).toBe('Bram stuurt het werkproces');
  });

  it('leaves the opening and the clarifying questions out', () => {
    const all = JSON.stringify(draftSummary(notes));
    expect(all).not.toContain('Anna');
    expect(all).not.toContain('beschermingsbewind');
  });

  it("takes the question from a labelled line, else the case's question, else the case text", () => {
    expect(draftSummary(notes).question).toBe('Een gezin met schulden wacht drie maanden op hulp.');
    expect(draftSummary(notes, { caseQuestion: 'Hoe kort je de wachttijd in?' }).question).toBe(
      'Hoe kort je de wachttijd in?',
    );
    const labelled: SessionNotes = {
      ...notes,
      sections: [{ phase: 'de-casus', text: 'Context\nVraag: wat werkt bij jullie?' }],
    };
    expect(draftSummary(labelled, { caseQuestion: 'anders' }).question).toBe(
      'wat werkt bij jullie?',
    );
  });

  it('keeps the table rows as written and drops empty ones', () => {
    expect(draftSummary(notes).exchange).toEqual([
      { municipality: 'Utrecht', approach: 'Vast team', tools: 'Budgetcoach', whatWorks: 'Snel' },
    ]);
  });

  it('gives an empty summary for empty notes', () => {
    expect(draftSummary({ sections: [], table: [] })).toEqual({
      question: '',
      insights: '',
      exchange: [],
      advice: '',
      takeaways: '',
      followUps: '',
    });
  });

  it('understands English phase ids and labels', () => {
    const draft = draftSummary({
      sections: [
        { phase: 'advice', text: 'Insight: intake is the bottleneck\nCall back fast' },
        { phase: 'closing', text: 'Follow-up: share the checklist' },
      ],
      table: [],
    });
    expect(draft).toMatchObject({
      insights: 'intake is the bottleneck',
      advice: 'Call back fast',
      followUps: 'share the checklist',
    });
  });
});
