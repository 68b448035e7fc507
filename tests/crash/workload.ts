import type { Kysely } from 'kysely';
import type { Database, DatabaseHandle } from '@ods/db';
import type { SummaryContent } from '@ods/shared/api/summaries';
import { createSession as createAuthSession } from '@ods/server/plugins/auth/session-store';
import { createSession, createUser } from '@ods/server/test-support/fixtures';
import * as Y from 'yjs';
import { HttpAgent } from '../support/http-agent.ts';
import type { RunningServer } from '../support/server.ts';
import type { ReceivedMail } from '../support/smtp.ts';
import {
  connectNotesClient,
  type NotesNodeClient,
} from '@ods/server/features/notes/notes-node-client';

/** A small seeded PRNG (mulberry32): the same seed gives the same kill moments. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Every write the server acknowledged (a 2xx the client received), to look for after a crash. */
export interface Ledger {
  /** Addresses whose sign-in link request was answered 202. */
  loginLinks: string[];
  /** Session cookies handed out by a sign-in that was answered 200. */
  signedIn: { email: string; cookie: string }[];
  /** Addresses whose profile save was answered 200. */
  profiles: string[];
  /** Rounds whose commit was answered 200, with the number of groups it had. */
  commits: { roundId: string; groups: number }[];
  /** Accepted invitations answered 200. */
  replies: { sessionId: string; userId: string }[];
  /** Paragraphs of the shared notes the server acknowledged. */
  notes: string[];
  /** Summaries saved (200) at this version. */
  summaries: { sessionId: string; version: number }[];
  /** Consents answered 200. */
  consents: { sessionId: string; userId: string }[];
}

export const emptyLedger = (): Ledger => ({
  loginLinks: [],
  signedIn: [],
  profiles: [],
  commits: [],
  replies: [],
  notes: [],
  summaries: [],
  consents: [],
});

/** Nine professionals in nine municipalities, all free on Tuesdays: the pool of every round. */
const POOL = [
  ['GM0363', 'Amsterdam'],
  ['GM0014', 'Groningen'],
  ['GM0096', 'Vlieland'],
  ['GM0034', 'Almere'],
  ['GM0037', 'Stadskanaal'],
  ['GM0599', 'Rotterdam'],
  ['GM0153', 'Enschede'],
  ['GM0344', 'Utrecht'],
  ['GM0518', 'Den Haag'],
] as const;

/** Three who meet after their sessions (notes, summaries); not in the pool. */
const TRIO = [
  ['GM0344', 'Anna de Vries', 'case-owner'],
  ['GM0088', 'Bram Bakker', 'facilitator'],
  ['GM1680', 'Chantal Smit', 'member'],
] as const;

export interface World {
  coordinator: string;
  /** Session cookies of the pool members and the trio, by user id. */
  cookies: Map<string, string>;
  trio: string[];
  notesSessionId: string;
  /** Held sessions of the trio, one to publish per life. */
  summarySessions: string[];
}

const cookieOf = (secret: string) => ({ ods_session: secret });

/** The people and sessions the workload starts from, written straight into the database. */
export async function seedWorld(handle: DatabaseHandle, summarySessions: number): Promise<World> {
  // The fixtures only use app.db.
  const app = { db: handle.db } as unknown as Parameters<typeof createUser>[0];
  const cookies = new Map<string, string>();
  const now = new Date();
  const coordinator = await createUser(app, {
    email: 'coordinator@crash.example',
    name: 'Coördinator',
    role: 'coordinator',
  });
  await handle.db
    .updateTable('users')
    .set({ pool_status: 'left' })
    .where('id', '=', coordinator)
    .execute();
  cookies.set(coordinator, await createAuthSession(handle.db, coordinator, now));
  for (const [organisationId, town] of POOL) {
    const id = await createUser(app, {
      email: `${town.toLowerCase().replace(/\s/g, '')}@crash.example`,
      name: `Pool ${town}`,
      organisationId,
    });
    cookies.set(id, await createAuthSession(handle.db, id, now));
  }
  const trio: string[] = [];
  for (const [organisationId, name] of TRIO) {
    const id = await createUser(app, {
      email: `${name.split(' ')[0]!.toLowerCase()}@crash.example`,
      name,
      organisationId,
    });
    await handle.db
      .updateTable('users')
      .set({ pool_status: 'left' })
      .where('id', '=', id)
      .execute();
    cookies.set(id, await createAuthSession(handle.db, id, now));
    trio.push(id);
  }
  const participants = trio.map((userId, i) => ({ userId, role: TRIO[i]![2] }));
  const notesSessionId = await createSession(app, {
    participants,
    startsAt: new Date(Date.now() - 10 * 60_000).toISOString(),
    state: 'confirmed',
  });
  const held: string[] = [];
  for (let i = 0; i < summarySessions; i += 1) {
    held.push(
      await createSession(app, {
        participants,
        startsAt: new Date(Date.now() - (i + 2) * 86_400_000).toISOString(),
        state: 'held',
      }),
    );
  }
  return { coordinator, cookies, trio, notesSessionId, summarySessions: held };
}

const CONTENT: SummaryContent = {
  question: 'Hoe verkort je de wachttijd voor schuldhulpverlening?',
  insights: 'Wachtlijsten ontstaan vooral bij de intake.',
  exchange: [
    {
      municipality: 'Utrecht',
      approach: 'Vast intaketeam',
      tools: 'Budgetcoach',
      whatWorks: 'Snel terugbellen',
    },
    {
      municipality: 'Schiermonnikoog',
      approach: 'Huisbezoek',
      tools: 'Geen wachtlijst',
      whatWorks: 'Korte lijnen',
    },
  ],
  advice: 'Begin met een huisbezoek.',
  takeaways: 'Een snelle intake voorkomt grotere schulden.',
  followUps: 'De checklist voor de intake wordt gedeeld.',
};

/** The Monday at least a week from now, as a date. */
function firstMonday(): Date {
  const day = new Date(Date.now() + 7 * 86_400_000);
  day.setUTCHours(0, 0, 0, 0);
  while (day.getUTCDay() !== 1) day.setUTCDate(day.getUTCDate() + 1);
  return day;
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

function appendParagraph(doc: Y.Doc, text: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  doc.getXmlFragment('default').push([paragraph]);
}

/** The notes as Tiptap stores them: a Y.XmlFragment named 'default'. */
export const notesText = (doc: Y.Doc) => doc.getXmlFragment('default').toJSON();

/** Counters that carry over from one life of the server to the next. */
export interface Progress {
  signUps: number;
  rounds: number;
  notes: number;
  summaries: number;
}

/**
 * One life of the server: every kind of write runs in its own lane, over and over, until
 * `dead` resolves (the server was killed); what the server answered with a 2xx goes in the
 * ledger. A lane that loses its server ends quietly: an unanswered write is not acknowledged.
 */
export async function runWorkload(
  server: RunningServer,
  db: Kysely<Database>,
  world: World,
  ledger: Ledger,
  progress: Progress,
  dead: Promise<void>,
  /** The mail that reached the mail server: people read their links there. */
  mails: readonly ReceivedMail[],
): Promise<void> {
  let alive = true;
  void dead.then(() => (alive = false));
  const agentFor = (userId: string) =>
    new HttpAgent(server.url, cookieOf(world.cookies.get(userId)!));
  const untilDead = <T>(work: Promise<T>) =>
    Promise.race([work, dead.then(() => undefined)]) as Promise<T | undefined>;

  async function signUps() {
    for (let inLife = 0; alive && inLife < 3; inLife += 1) {
      progress.signUps += 1;
      const email = `nieuw-${progress.signUps}@crash.example`;
      const agent = new HttpAgent(server.url);
      const link = await agent.request('POST', '/api/auth/login-link', { email });
      if (link.status !== 202) throw new Error(`login link: ${link.status}`);
      ledger.loginLinks.push(email);
      let token: string | undefined;
      while (alive && !token) {
        // From the mail once it arrived, or from the outbox while it still waits there behind
        // the invitations (the outbox forgets the link once the mail is delivered).
        const waiting = await db
          .selectFrom('outbox')
          .select('text_body')
          .where('kind', '=', 'login')
          .where('to_address', '=', email)
          .executeTakeFirst();
        const text =
          mails.find((m) => m.to === email && m.text.includes('#token='))?.text ??
          waiting?.text_body ??
          '';
        token = /#token=([A-Za-z0-9_-]+)/.exec(text)?.[1];
        if (!token) await untilDead(new Promise((resolve) => setTimeout(resolve, 100)));
      }
      if (!token) return;
      const session = await agent.request('POST', '/api/auth/session', { token });
      if (session.status !== 200) throw new Error(`sign in: ${session.status}`);
      ledger.signedIn.push({ email, cookie: agent.cookie('ods_session')! });
      agent.useCsrfToken((session.body as { csrfToken: string }).csrfToken);
      const profile = await agent.request('PUT', '/api/profile', {
        name: `Nieuw ${progress.signUps}`,
        organisationId: POOL[progress.signUps % POOL.length]![0],
        jobTitle: 'Consulent',
        topics: [{ slug: 'schuldhulpverlening', level: 'ervaren' }],
        availability: [{ weekday: 2, startMinute: 9 * 60, endMinute: 17 * 60 }],
        frequencyWeeks: 4,
        avoidOrganisationIds: [],
        houseRulesAccepted: true,
      });
      if (profile.status !== 200)
        throw new Error(`profile: ${profile.status} ${JSON.stringify(profile.body)}`);
      ledger.profiles.push(email);
    }
  }

  async function rounds() {
    const coordinator = agentFor(world.coordinator);
    for (let inLife = 0; alive && inLife < 2; inLife += 1) {
      // Five weeks apart, so nobody's frequency keeps them out of the next round.
      const start = firstMonday();
      start.setUTCDate(start.getUTCDate() + 35 * progress.rounds);
      progress.rounds += 1;
      const end = new Date(start.getTime() + 6 * 86_400_000);
      const proposed = await coordinator.request('POST', '/api/rounds', {
        periodStart: isoDate(start),
        periodEnd: isoDate(end),
        seed: progress.rounds,
      });
      if (proposed.status !== 201) throw new Error(`propose: ${proposed.status}`);
      const round = proposed.body as { id: string; groups: unknown[] };
      const committed = await coordinator.request('POST', `/api/rounds/${round.id}/commit`);
      if (committed.status !== 200) throw new Error(`commit: ${committed.status}`);
      ledger.commits.push({ roundId: round.id, groups: round.groups.length });
    }
  }

  /** The accept link of a participant's invitation, as they would click it in the mail. */
  async function acceptLink(sessionId: string, email: string): Promise<string | undefined> {
    const mail = mails.find(
      (m) => m.to === email && m.calendars.some((calendar) => calendar.includes(sessionId)),
    );
    const visitor = new HttpAgent(server.url);
    for (const [, token] of mail?.text.matchAll(/\/antwoord\/([A-Za-z0-9_.-]+)/g) ?? []) {
      // Opening a link changes nothing (mail scanners open them); it says what it would do.
      const preview = await visitor.request('GET', `/api/replies/${token}`);
      if (preview.status !== 200) throw new Error(`reply preview: ${preview.status}`);
      if ((preview.body as { action: string }).action === 'accept') return token;
    }
    return undefined;
  }

  async function replies() {
    // One-click replies share a per-address limit of 30 a minute; stay well below it.
    let oneClick = 0;
    while (alive) {
      const open = await db
        .selectFrom('session_participants')
        .innerJoin('sparring_sessions', 'sparring_sessions.id', 'session_participants.session_id')
        .innerJoin('users', 'users.id', 'session_participants.user_id')
        .select(['session_participants.session_id', 'session_participants.user_id', 'users.email'])
        .where('sparring_sessions.round_id', 'is not', null)
        .where('sparring_sessions.state', 'in', ['invited', 'confirmed'])
        .where('session_participants.reply', '=', 'needs-action')
        .where('session_participants.removed_at', 'is', null)
        .limit(20)
        .execute();
      // Seeded people answer signed in, from "Mijn sessies"; those who signed up during the
      // workload click the link in their invitation.
      const todo = open.filter((row) => world.cookies.has(row.user_id) || oneClick < 8);
      let answered = 0;
      for (const row of todo) {
        if (!alive) return;
        let answer;
        if (world.cookies.has(row.user_id)) {
          answer = await agentFor(row.user_id).request(
            'POST',
            `/api/sessions/${row.session_id}/reply`,
            { reply: 'accepted' },
          );
        } else {
          if (oneClick >= 8) continue;
          // Not delivered yet: they answer once it is there.
          const token = await acceptLink(row.session_id, row.email);
          if (!token) continue;
          oneClick += 1;
          answer = await new HttpAgent(server.url).request('POST', '/api/replies', { token });
        }
        if (answer.status !== 200) throw new Error(`reply: ${answer.status}`);
        ledger.replies.push({ sessionId: row.session_id, userId: row.user_id });
        answered += 1;
      }
      if (answered === 0) await untilDead(new Promise((resolve) => setTimeout(resolve, 100)));
    }
  }

  async function notes() {
    let client: NotesNodeClient | undefined;
    try {
      client = connectNotesClient(
        server.url,
        world.notesSessionId,
        `ods_session=${world.cookies.get(world.trio[0]!)}`,
      );
      await untilDead(client.synced);
      while (alive) {
        progress.notes += 1;
        const text = `regel-${progress.notes}`;
        appendParagraph(client.doc, text);
        const acknowledged = await untilDead(client.acknowledged().then(() => true));
        if (!acknowledged) return;
        ledger.notes.push(text);
        await untilDead(new Promise((resolve) => setTimeout(resolve, 20)));
      }
    } finally {
      client?.destroy();
    }
  }

  async function summaries() {
    const sessionId = world.summarySessions[progress.summaries];
    progress.summaries += 1;
    if (!sessionId) return;
    const [first, ...others] = world.trio.map(agentFor);
    // The server drafts the summary from the notes after the session (a background job), so
    // the writer starts from the version stored now, and reloads when the draft came between.
    let saved = { status: 0, body: undefined as unknown };
    for (let attempt = 0; attempt < 3 && saved.status !== 200; attempt += 1) {
      const current = await first!.request('GET', `/api/sessions/${sessionId}/summary`);
      if (current.status !== 200) throw new Error(`summary page: ${current.status}`);
      saved = await first!.request('PUT', `/api/sessions/${sessionId}/summary`, {
        version: (current.body as { version: number }).version,
        content: CONTENT,
      });
      if (saved.status !== 200 && (saved.body as { code?: string }).code !== 'SUMMARY_STALE') break;
    }
    if (saved.status !== 200)
      throw new Error(`summary: ${saved.status} ${JSON.stringify(saved.body)}`);
    const version = (saved.body as { version: number }).version;
    ledger.summaries.push({ sessionId, version });
    for (const [i, agent] of [first!, ...others].entries()) {
      if (!alive) return;
      const consent = await agent.request('POST', `/api/sessions/${sessionId}/summary/consent`, {
        version,
        attribution: 'size-class-and-region',
        confirmedWarnings: [],
      });
      if (consent.status !== 200)
        throw new Error(`consent: ${consent.status} ${JSON.stringify(consent.body)}`);
      ledger.consents.push({ sessionId, userId: world.trio[i]! });
    }
  }

  const lanes = [signUps(), rounds(), replies(), notes(), summaries()].map((lane) =>
    lane.catch((error: unknown) => {
      // A lane whose server died is expected to fail; any other failure is a finding.
      if (alive) throw error;
    }),
  );
  await Promise.all(lanes);
}
