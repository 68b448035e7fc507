import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import type { SummaryContent, SummaryView } from '@ods/shared/api/summaries';
import { Agent } from '../../test-support/agent.ts';
import { createSession, createUser } from '../../test-support/fixtures.ts';
import type { TestApp } from '../../test-support/test-app.ts';

/** Three professionals of municipalities of different sizes and regions, after their session. */
export interface HeldGroup {
  sessionId: string;
  ids: { anna: string; bram: string; chantal: string };
  anna: Agent;
  bram: Agent;
  chantal: Agent;
}

const PEOPLE = {
  // Utrecht: grootste, Midden-Utrecht
  anna: { email: 'anna@utrecht.example', name: 'Anna de Vries', organisationId: 'GM0344' },
  // Schiermonnikoog: klein, Friesland
  bram: { email: 'bram@schiermonnikoog.example', name: 'Bram Bakker', organisationId: 'GM0088' },
  // Aa en Hunze: middelgroot, Groningen
  chantal: { email: 'chantal@aaenhunze.example', name: 'Chantal Smit', organisationId: 'GM1680' },
};

export async function signedIn(t: TestApp, email: string): Promise<Agent> {
  const agent = new Agent(t.app);
  await agent.signIn(email);
  return agent;
}

/** A held session of Anna (case owner), Bram and Chantal, each signed in. */
export async function heldGroup(
  t: TestApp,
  session: { state?: 'held' | 'confirmed'; startsAt?: string; topic?: string } = {},
): Promise<HeldGroup> {
  const ids = {
    anna: await createUser(t.app, PEOPLE.anna),
    bram: await createUser(t.app, PEOPLE.bram),
    chantal: await createUser(t.app, PEOPLE.chantal),
  };
  const sessionId = await createSession(t.app, {
    participants: [
      { userId: ids.anna, role: 'case-owner' },
      { userId: ids.bram, role: 'facilitator' },
      { userId: ids.chantal },
    ],
    startsAt: session.startsAt ?? '2026-11-16T09:00:00.000Z',
    state: session.state ?? 'held',
    ...(session.topic ? { topic: session.topic } : {}),
  });
  return {
    sessionId,
    ids,
    anna: await signedIn(t, PEOPLE.anna.email),
    bram: await signedIn(t, PEOPLE.bram.email),
    chantal: await signedIn(t, PEOPLE.chantal.email),
  };
}

export const CONTENT: SummaryContent = {
  question:
    'Hoe verkort je de wachttijd voor schuldhulpverlening bij een gezin met jonge kinderen?',
  insights: 'Wachtlijsten ontstaan vooral bij de intake, niet bij de hulp zelf.',
  exchange: [
    {
      municipality: 'Utrecht',
      approach: 'Vast intaketeam',
      tools: 'Budgetcoach',
      whatWorks: 'Binnen drie dagen terugbellen',
    },
    {
      municipality: 'Schiermonnikoog',
      approach: 'Huisbezoek',
      tools: 'Geen wachtlijst',
      whatWorks: 'Korte lijnen',
    },
  ],
  advice: 'Begin met een huisbezoek en bel binnen drie dagen terug.',
  takeaways: 'Een snelle intake voorkomt grotere schulden.',
  // No participant's name: a summary may not name who chose not to be named (issue 15).
  followUps: 'De gespreksleider deelt de checklist voor de intake.',
};

/** Saves texts over a version (0 for the first save) and returns the view. */
export async function save(agent: Agent, sessionId: string, version: number, content = CONTENT) {
  return agent.request('PUT', `/api/sessions/${sessionId}/summary`, { version, content });
}

export async function view(agent: Agent, sessionId: string): Promise<SummaryView> {
  const response = await agent.request('GET', `/api/sessions/${sessionId}/summary`);
  if (response.statusCode !== 200)
    throw new Error(`summary: ${response.statusCode} ${response.body}`);
  return response.json<SummaryView>();
}

export async function agree(
  agent: Agent,
  sessionId: string,
  attribution: 'name-and-municipality' | 'size-class-and-region' | 'hidden',
  confirmedWarnings: { kind: string; text: string }[] = [],
) {
  const { version } = await view(agent, sessionId);
  return agent.request('POST', `/api/sessions/${sessionId}/summary/consent`, {
    version,
    attribution,
    confirmedWarnings,
  });
}

/** A paragraph of notes: plain text, or runs of text with marks and line breaks (Shift+Enter). */
export type NotesParagraph =
  | string
  | readonly (
      string | { text: string; marks: readonly ('bold' | 'italic')[] } | { lineBreak: true }
    )[];

/**
 * Notes as the editor leaves them, as a stored snapshot (Yjs V2): a heading per phase with
 * text, and the exchange table, then `extraParagraphs`.
 */
export function notesSnapshot(extraParagraphs: readonly NotesParagraph[] = []): Uint8Array {
  const doc = new Y.Doc();
  const text = (value: string) => {
    const node = new Y.XmlText();
    node.insert(0, value);
    return node;
  };
  const element = (name: string, children: (Y.XmlElement | Y.XmlText)[]) => {
    const node = new Y.XmlElement(name);
    node.insert(0, children);
    return node;
  };
  const paragraph = (value: string) => element('paragraph', [text(value)]);
  // As y-prosemirror stores it: the text between two line breaks is one Y.XmlText, marks are
  // formatting attributes on its runs.
  const formatted = (value: NotesParagraph) => {
    if (typeof value === 'string') return paragraph(value);
    const children: (Y.XmlElement | Y.XmlText)[] = [new Y.XmlText()];
    for (const part of value) {
      if (typeof part !== 'string' && 'lineBreak' in part) {
        children.push(new Y.XmlElement('hardBreak'), new Y.XmlText());
        continue;
      }
      const run = children.at(-1) as Y.XmlText;
      const [runText, marks] = typeof part === 'string' ? [part, []] : [part.text, part.marks];
      pending.push(() =>
        run.insert(run.length, runText, Object.fromEntries(marks.map((m) => [m, {}]))),
      );
    }
    return element('paragraph', children);
  };
  const pending: (() => void)[] = [];
  const row = (name: 'tableHeader' | 'tableCell', cells: string[]) =>
    element(
      'tableRow',
      cells.map((c) => element(name, [paragraph(c)])),
    );
  doc
    .getXmlFragment('default')
    .insert(0, [
      element('heading', [text('Opening')]),
      paragraph('Anna uit Utrecht, Bram van Schiermonnikoog'),
      element('heading', [text('De casus')]),
      paragraph('Vraag: Hoe houd je een gezin met schulden vast tijdens de wachttijd?'),
      element('heading', [text('Over de schutting')]),
      element('table', [
        row('tableHeader', ['Gemeente', 'Aanpak', 'Instrumenten', 'Wat werkt']),
        row('tableCell', ['Utrecht', 'Vast team', 'Budgetcoach', 'Snel terugbellen']),
      ]),
      element('heading', [text('Adviezen en inzichten')]),
      paragraph('Inzicht: de intake is de flessenhals'),
      paragraph('Maak een afspraak binnen een week'),
      element('heading', [text('Afronding')]),
      paragraph('Ik neem mee: minder formulieren'),
      paragraph('Vervolg: Bram deelt de checklist'),
      ...extraParagraphs.map(formatted),
    ]);
  // Text goes into a Y.XmlText once it is part of the document.
  for (const insert of pending) insert();
  const snapshot = Y.encodeStateAsUpdateV2(doc);
  doc.destroy();
  return snapshot;
}

/** Stores the notes of notesSnapshot() for a session, as the notes feature would. */
export async function seedNotes(
  t: TestApp,
  sessionId: string,
  extraParagraphs: readonly NotesParagraph[] = [],
): Promise<void> {
  const stamp = t.clock.now().toISOString();
  await t.app.db
    .insertInto('notes_documents')
    .values({
      session_id: sessionId,
      snapshot: Buffer.from(notesSnapshot(extraParagraphs)),
      created_at: stamp,
      updated_at: stamp,
    })
    .execute();
}

/** Records that these people were in the held session's room (the consent round asks them). */
export async function seedAttendance(
  t: TestApp,
  sessionId: string,
  userIds: readonly string[],
): Promise<void> {
  for (const userId of userIds)
    await t.app.db
      .insertInto('attendance')
      .values({
        id: randomUUID(),
        session_id: sessionId,
        user_id: userId,
        participant_sid: `PA_${randomUUID()}`,
        joined_at: '2026-11-16T09:01:00.000Z',
        left_at: '2026-11-16T09:58:00.000Z',
      })
      .execute();
}
