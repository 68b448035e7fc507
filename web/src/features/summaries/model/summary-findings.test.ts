import { describe, expect, it } from 'vitest';
import { applyReplacement } from '@ods/shared/guard';
import type { SummaryParticipant, SummaryView } from '@ods/shared/api/summaries';
import { summaryFieldFindings } from './summary-findings.ts';

const person = (name: string, attribution: SummaryParticipant['consent']): SummaryParticipant => ({
  userId: name,
  name,
  municipalityName: 'Utrecht',
  sizeClass: 'grootste',
  region: 'Midden-Utrecht',
  isMe: false,
  consent: attribution,
  tookPart: true,
  answer: attribution?.agreed ? 'agreed' : 'waiting',
});

const view: Pick<SummaryView, 'participants' | 'content' | 'knownPeople'> = {
  participants: [
    person('Anna de Vries', { agreed: true, attribution: 'name-and-municipality' }),
    person('Bram Bakker', null),
  ],
  content: {
    question: '',
    insights: 'Mail bram@voorbeeld.nl',
    exchange: [],
    advice: '',
    takeaways: '',
    followUps: '',
  },
  knownPeople: [
    {
      field: 'insights',
      kind: 'email',
      start: 5,
      end: 22,
      match: 'bram@voorbeeld.nl',
      severity: 'block',
      reason: { nl: 'deelnemer', en: 'participant' },
      replacement: '[e-mailadres]',
    },
  ],
};

describe('the guard in the summary editor', () => {
  it('finds the name of a participant not shown by name while typing, and the fix replaces it', () => {
    const text = 'Volgens bram bakker en Anna de Vries werkt het.';
    const findings = summaryFieldFindings(view, 'advice', text);
    const bram = findings.find((f) => f.match === 'bram bakker');
    expect(bram).toMatchObject({ severity: 'block', replacement: '[naam]' });
    expect(findings.some((f) => f.match.includes('Anna') && f.severity === 'block')).toBe(false);
    expect(applyReplacement(text, bram!)).toBe('Volgens [naam] en Anna de Vries werkt het.');
  });

  it('shows what the server found (e-mail) only while the text is the one it scanned', () => {
    expect(summaryFieldFindings(view, 'insights', 'Mail bram@voorbeeld.nl')).toEqual([
      expect.objectContaining({ kind: 'email', severity: 'block', replacement: '[e-mailadres]' }),
    ]);
    const edited = summaryFieldFindings(view, 'insights', 'Mail het team');
    expect(edited).toEqual([]);
  });
});
