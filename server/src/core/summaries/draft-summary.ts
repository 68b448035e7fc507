import { SUMMARY_LIMITS, type ExchangeRow, type SummaryContent } from '@ods/shared/api/summaries';

/** The text written under one phase of the sparring method. */
export interface NotesSection {
  /** The phase's id from the method (e.g. 'de-casus', 'over-de-schutting'). */
  phase: string;
  text: string;
}

/** The notes of a session as plain data: one section per phase, and the table's rows. */
export interface SessionNotes {
  sections: NotesSection[];
  table: ExchangeRow[];
}

type Part = 'case' | 'exchange' | 'advice' | 'closing' | 'other';
type Target = 'question' | 'insights' | 'advice' | 'takeaways' | 'followUps';

// Which part of the method a phase id belongs to, in Dutch or English.
const PHASE_PATTERNS: [Part, RegExp][] = [
  ['exchange', /schutting|fence|exchange/],
  ['advice', /advie|advice|inzicht|insight/],
  ['closing', /afronding|afsluit|closing|wrap/],
  ['case', /casus|case/],
];

// Labels people type at the start of a line to say where it belongs.
const LABELS: [Target, RegExp][] = [
  ['question', /^(hulp)?vraag\s*:|^question\s*:/i],
  ['insights', /^(inzicht|insight|opvallend|verschil|difference)\w*\s*:/i],
  ['advice', /^(advies|advice|adviezen|tip)\w*\s*:/i],
  ['followUps', /^(vervolg|opvolging|follow[- ]?up|actie|action)\w*\s*:/i],
  ['takeaways', /^(meenemen|ik neem mee|take[- ]?aways?|proberen|i take home|i will try)\w*\s*:/i],
];

// Where a line without a label goes, per part of the method.
const DEFAULT_TARGET: Record<Part, Target | undefined> = {
  case: undefined,
  exchange: 'insights',
  advice: 'advice',
  closing: 'takeaways',
  other: undefined,
};

function partOf(phase: string): Part {
  const id = phase.toLowerCase();
  return PHASE_PATTERNS.find(([, pattern]) => pattern.test(id))?.[0] ?? 'other';
}

function labelOf(line: string): { target: Target; rest: string } | undefined {
  const bare = line.replace(/^[-*•]\s*/, '');
  for (const [target, pattern] of LABELS) {
    const match = pattern.exec(bare);
    if (match) return { target, rest: bare.slice(match[0].length).trim() };
  }
  return undefined;
}

function clip(value: string, max: number): string {
  const trimmed = value.trim();
  return trimmed.length <= max ? trimmed : `${trimmed.slice(0, max - 1).trimEnd()}…`;
}

/**
 * Drafts a summary from a session's notes, so nobody types the outcome twice. Rules, in order:
 * a line that starts with a label ("Vraag:", "Inzicht:", "Advies:", "Vervolg:", "Meenemen:" and
 * their English words) goes to that field; other lines go by phase: the "over de schutting"
 * phase to key insights, the advice phase to advice, the closing phase to take-aways. The
 * question is a labelled line, else the case's own question, else the case phase's text. The
 * opening and the clarifying questions stay out (they are about people, not outcomes). Table
 * rows are kept as they are, without empty ones. Pure: the same notes give the same draft.
 */
export function draftSummary(
  notes: SessionNotes,
  context: { caseQuestion?: string | null } = {},
): SummaryContent {
  const collected: Record<Target, string[]> = {
    question: [],
    insights: [],
    advice: [],
    takeaways: [],
    followUps: [],
  };
  const caseTexts: string[] = [];
  for (const section of notes.sections) {
    const part = partOf(section.phase);
    if (part === 'case') caseTexts.push(section.text.trim());
    if (part === 'other') continue;
    for (const line of section.text.split(/\r?\n/)) {
      if (line.trim() === '') continue;
      const labelled = labelOf(line.trim());
      if (labelled) {
        if (labelled.rest !== '') collected[labelled.target].push(labelled.rest);
      } else {
        const target = DEFAULT_TARGET[part];
        if (target) collected[target].push(line.trim());
      }
    }
  }
  const question =
    collected.question.join('\n') ||
    context.caseQuestion?.trim() ||
    caseTexts.filter(Boolean).join('\n');
  const joined = (target: Target) => clip(collected[target].join('\n'), SUMMARY_LIMITS.textMax);
  return {
    question: clip(question, SUMMARY_LIMITS.questionMax),
    insights: joined('insights'),
    exchange: exchangeRows(notes.table),
    advice: joined('advice'),
    takeaways: joined('takeaways'),
    followUps: joined('followUps'),
  };
}

function exchangeRows(rows: readonly ExchangeRow[]): ExchangeRow[] {
  const cell = (value: string) => clip(value, SUMMARY_LIMITS.cellMax);
  return rows
    .map((row) => ({
      municipality: clip(row.municipality, 200),
      approach: cell(row.approach),
      tools: cell(row.tools),
      whatWorks: cell(row.whatWorks),
    }))
    .filter((row) => Object.values(row).some((value) => value !== ''))
    .slice(0, SUMMARY_LIMITS.exchangeRowsMax);
}

/** An empty summary: what the editor starts from when there are no notes. */
export function emptySummary(): SummaryContent {
  return { question: '', insights: '', exchange: [], advice: '', takeaways: '', followUps: '' };
}
