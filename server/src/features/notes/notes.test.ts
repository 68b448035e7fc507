import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import WebSocket from 'ws';
import * as Y from 'yjs';
import {
  NOTES_CLOSE_CODES,
  NOTES_LIMITS,
  notesMarkdownPath,
  notesSocketPath,
  WEBSOCKET_MESSAGE_TOO_BIG,
} from '@ods/shared';
import { PHASE_MAP_NAME } from '@ods/shared/method/phase-state';
import { createSession as createAuthSession } from '../../plugins/auth/session-store.ts';
import { createSession, createUser } from '../../test-support/fixtures.ts';
import { createTestApp, testDialects, type TestApp } from '../../test-support/test-app.ts';
import { connectNotesClient, type NotesNodeClient } from './notes-node-client.ts';
import { NOTES_FRAGMENT } from '../../domain/notes/notes-sections.ts';
import { readStoredNotes, toYDoc } from '../../domain/notes/notes-store.ts';
import { compactNotes, createNotesOnce } from './notes.repository.ts';
import { buildNotesTemplate } from './notes-template.ts';
import { NOTES_BUDGETS } from './notes-budget.ts';
import { MAX_CONNECTIONS_PER_PERSON } from './notes.socket.ts';

function fragmentText(doc: Y.Doc): string {
  return doc.getXmlFragment(NOTES_FRAGMENT).toJSON();
}

describe.each(testDialects())('shared notes on %s', (dialect) => {
  let t: TestApp;
  let baseUrl: string;
  const cookies: Record<string, string> = {};
  let sessionId: string;
  let otherSessionId: string;
  const ids: Record<string, string> = {};
  const clients: NotesNodeClient[] = [];

  const connect = (who: string, session = sessionId, documentName?: string) => {
    const client = connectNotesClient(baseUrl, session, cookies[who], {
      reconnect: false,
      ...(documentName ? { documentName } : {}),
    });
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
    for (const [who, organisationId, role] of [
      ['facilitator', 'GM0363', 'participant'],
      ['owner', 'GM0344', 'participant'],
      ['member', 'GM0599', 'participant'],
      ['outsider', 'GM0518', 'participant'],
      ['coordinator', 'GM0363', 'coordinator'],
    ] as const) {
      ids[who] = await createUser(t.app, { email: `${who}@example.nl`, organisationId, role });
      cookies[who] = `ods_session=${await createAuthSession(t.app.db, ids[who], t.clock.now())}`;
    }
    sessionId = await createSession(t.app, {
      startsAt: '2026-11-24T09:00:00.000Z',
      participants: [
        { userId: ids.facilitator!, role: 'facilitator' },
        { userId: ids.owner!, role: 'case-owner' },
        { userId: ids.member!, role: 'member' },
      ],
    });
    otherSessionId = await createSession(t.app, {
      startsAt: '2026-11-25T09:00:00.000Z',
      participants: [{ userId: ids.outsider!, role: 'member' }],
    });
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await t?.close();
  });

  it('starts the notes from the method template, once, with a table row per municipality', async () => {
    const first = connect('member');
    const second = connect('owner');
    await Promise.all([first.synced, second.synced]);
    const text = fragmentText(first.doc);
    for (const heading of ['Opening', 'De casus', 'Over de schutting', 'Afronding'])
      expect(text.split(`>${heading}<`).length - 1).toBe(1);
    expect(text).toContain('Amsterdam');
    expect(text).toContain('Utrecht');
    expect(fragmentText(second.doc)).toBe(text);
    expect(first.doc.getMap(PHASE_MAP_NAME).get('current')).toBe(0);
  });

  it('stores an edit before acknowledging it, and the other participant sees it', async () => {
    const writer = connect('member');
    const reader = connect('facilitator');
    await Promise.all([writer.synced, reader.synced]);
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('Advies: bel de woningcorporatie eerder.')]);
    writer.doc.getXmlFragment(NOTES_FRAGMENT).push([paragraph]);
    await writer.acknowledged();
    // Acknowledged means stored: the database alone has the edit.
    const stored = await readStoredNotes(t.app.db, sessionId);
    expect(fragmentText(toYDoc(stored!))).toContain('bel de woningcorporatie eerder');
    await expect.poll(() => fragmentText(reader.doc)).toContain('bel de woningcorporatie eerder');
  });

  it('refuses a signed-in non-participant, a participant of another session and a coordinator', async () => {
    for (const who of ['outsider', 'coordinator']) {
      const client = connect(who);
      expect((await client.closed).code).toBe(NOTES_CLOSE_CODES.notParticipant);
    }
    // Through the socket of their own session, asking for this session's document.
    const sneaky = connect('outsider', otherSessionId, sessionId);
    await expect(sneaky.synced).rejects.toThrow(/authentication failed/);
  });

  it('refuses an upgrade without a session cookie', async () => {
    const client = connectNotesClient(baseUrl, sessionId, undefined, { reconnect: false });
    clients.push(client);
    expect((await client.closed).code).not.toBe(1000);
    await expect(client.synced).rejects.toThrow();
  });

  it('refuses a message beyond the limit with its close code, and keeps serving others', async () => {
    const client = connect('member');
    await client.synced;
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('x'.repeat(NOTES_LIMITS.messageBytes + 10))]);
    client.doc.getXmlFragment(NOTES_FRAGMENT).push([paragraph]);
    expect((await client.closed).code).toBe(NOTES_CLOSE_CODES.messageTooLarge);
    const after = connect('owner');
    await after.synced;
    expect(fragmentText(after.doc)).not.toContain('xxxxxxxxxx');
  });

  it('refuses to grow a document beyond its size limit', async () => {
    const client = connect('outsider', otherSessionId);
    await client.synced;
    const chunk = 'y'.repeat(NOTES_LIMITS.messageBytes - 4096);
    const closed = client.closed.then((c) => c.code);
    for (let i = 0; i * chunk.length <= NOTES_LIMITS.documentBytes; i += 1) {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(chunk)]);
      client.doc.getXmlFragment(NOTES_FRAGMENT).push([paragraph]);
      const outcome = await Promise.race([client.acknowledged().then(() => 0), closed]);
      if (outcome !== 0) break;
    }
    expect(await closed).toBe(NOTES_CLOSE_CODES.documentTooLarge);
    const stored = await readStoredNotes(t.app.db, otherSessionId);
    const bytes = stored!.updates.reduce((sum, u) => sum + u.data.byteLength, 0);
    expect(bytes).toBeLessThanOrEqual(NOTES_LIMITS.documentBytes);
  });

  it('lets only the facilitator move to the next phase', async () => {
    const member = connect('member');
    const facilitator = connect('facilitator');
    await Promise.all([member.synced, facilitator.synced]);
    const phase = () => member.doc.getMap(PHASE_MAP_NAME).get('current');
    const before = phase();
    member.provider.sendStateless(JSON.stringify({ type: 'phase', action: 'next' }));
    facilitator.provider.sendStateless(JSON.stringify({ type: 'phase', action: 'start' }));
    await expect
      .poll(() => member.doc.getMap(PHASE_MAP_NAME).get('startedAt'))
      .toBeTypeOf('string');
    expect(phase()).toBe(before);
    facilitator.provider.sendStateless(JSON.stringify({ type: 'phase', action: 'next' }));
    await expect.poll(phase).toBe((before as number) + 1);
    // Switching the look back on adds its section at the top, once.
    for (let i = 0; i < 2; i += 1)
      facilitator.provider.sendStateless(
        JSON.stringify({
          type: 'phase',
          action: 'configure',
          options: { length: 90, turnAway: true, lookBack: true },
        }),
      );
    await expect.poll(() => member.doc.getMap(PHASE_MAP_NAME).get('length')).toBe(90);
    await expect.poll(() => fragmentText(member.doc).split('>Terugblik<').length - 1).toBe(1);
    expect(fragmentText(member.doc).indexOf('>Terugblik<')).toBeLessThan(
      fragmentText(member.doc).indexOf('>Opening<'),
    );
  });

  it('exports Markdown with the exchange table rows, for participants only', async () => {
    const response = await fetch(baseUrl + notesMarkdownPath(sessionId), {
      headers: { cookie: cookies.member! },
    });
    expect(response.status).toBe(200);
    const markdown = await response.text();
    expect(markdown).toContain('## Over de schutting');
    expect(markdown).toMatch(/\| Gemeente \| Aanpak \| Instrumenten \| Wat werkt \|/);
    expect(markdown).toMatch(/\| Amsterdam \|/);
    expect(markdown).toContain('bel de woningcorporatie eerder');
    const coordinator = await fetch(baseUrl + notesMarkdownPath(sessionId), {
      headers: { cookie: cookies.coordinator!, 'accept-language': 'en' },
    });
    expect(coordinator.status).toBe(403);
  });

  it("puts the notes of a person's sessions in their data export", async () => {
    const part = t.app.personalData.parts().find((p) => p.name === 'sessionNotes');
    const exported = (await part!.export(t.app.db, ids.member!)) as { markdown: string }[];
    expect(exported.map((n) => n.markdown).join('\n')).toContain('bel de woningcorporatie eerder');
    expect(await part!.export(t.app.db, ids.coordinator!)).toEqual([]);
  });

  it('compacts the updates into a snapshot without changing the content', async () => {
    const before = await readStoredNotes(t.app.db, sessionId);
    expect(before!.updates.length).toBeGreaterThan(1);
    await compactNotes(t.app.db, sessionId, t.clock.now());
    const after = await readStoredNotes(t.app.db, sessionId);
    expect(after!.updates).toHaveLength(0);
    expect(fragmentText(toYDoc(after!))).toBe(fragmentText(toYDoc(before!)));
  });

  it('opens a group that meets again with a look back at the previous advice', async () => {
    const group = [
      { userId: ids.facilitator!, role: 'facilitator' as const },
      { userId: ids.owner!, role: 'case-owner' as const },
      { userId: ids.member!, role: 'member' as const },
    ];
    const previous = await createSession(t.app, {
      startsAt: '2026-11-20T09:00:00.000Z',
      state: 'held',
      participants: group,
    });
    const doc = new Y.Doc();
    Y.applyUpdate(
      doc,
      buildNotesTemplate({
        options: { length: 60, turnAway: false, lookBack: false },
        municipalities: [],
        previousAdvice: [],
      }),
    );
    const fragment = doc.getXmlFragment(NOTES_FRAGMENT);
    const adviceHeading = fragment
      .toArray()
      .findIndex(
        (node) => node instanceof Y.XmlElement && node.toJSON().includes('Adviezen en inzichten'),
      );
    const advice = new Y.XmlElement('paragraph');
    advice.insert(0, [new Y.XmlText('Plan een huisbezoek binnen een week.')]);
    fragment.insert(adviceHeading + 1, [advice]);
    await createNotesOnce(t.app.db, previous, Y.encodeStateAsUpdate(doc), t.clock.now());

    const next = await createSession(t.app, {
      startsAt: '2026-11-22T09:00:00.000Z',
      participants: group,
    });
    const client = connect('member', next);
    await client.synced;
    const text = fragmentText(client.doc);
    expect(text.indexOf('>Terugblik<')).toBeLessThan(text.indexOf('>Opening<'));
    expect(text).toContain('Plan een huisbezoek binnen een week.');
    expect(client.doc.getMap(PHASE_MAP_NAME).get('lookBack')).toBe(true);
  });

  const newSession = () =>
    createSession(t.app, {
      startsAt: '2026-11-26T09:00:00.000Z',
      participants: [
        { userId: ids.facilitator!, role: 'facilitator' },
        { userId: ids.member!, role: 'member' },
      ],
    });
  const write = (client: NotesNodeClient, text: string) => {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(text)]);
    client.doc.getXmlFragment(NOTES_FRAGMENT).push([paragraph]);
  };
  const storedText = async (session: string) =>
    fragmentText(toYDoc((await readStoredNotes(t.app.db, session))!));

  it('refuses an edit made after the summary locked the notes, on a connection opened before', async () => {
    const session = await newSession();
    const client = connect('member', session);
    await client.synced;
    await t.app.db
      .updateTable('notes_documents')
      .set({ locked_at: t.clock.now().toISOString() })
      .where('session_id', '=', session)
      .execute();
    write(client, 'net te laat');
    expect((await client.closed).code).toBe(NOTES_CLOSE_CODES.locked);
    expect(client.provider.hasUnsyncedChanges).toBe(true);
    expect(await storedText(session)).not.toContain('net te laat');
    // Whoever comes back reads what is stored, not the refused edit the server had in memory.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const reader = connect('facilitator', session);
    await reader.synced;
    expect(fragmentText(reader.doc)).not.toContain('net te laat');
  });

  it('does not acknowledge an edit it could not store, and stores it with the next edit that succeeds', async () => {
    const session = await newSession();
    const writer = connect('member', session);
    const other = connect('facilitator', session);
    await Promise.all([writer.synced, other.synced]);
    // A real failure of the database (as when the disk is full), not a stand-in.
    const failInserts =
      dialect === 'sqlite'
        ? [
            sql`create trigger ods_test_fail before insert on notes_updates begin select raise(abort, 'disk full'); end`,
          ]
        : [
            sql`create function ods_test_fail() returns trigger language plpgsql as $$ begin raise exception 'disk full'; end $$`,
            sql`create trigger ods_test_fail before insert on notes_updates for each row execute function ods_test_fail()`,
          ];
    for (const statement of failInserts) await statement.execute(t.app.db);
    try {
      write(writer, 'eerst mislukt');
      expect((await writer.closed).code).toBe(NOTES_CLOSE_CODES.storageFailed);
      expect(writer.provider.hasUnsyncedChanges).toBe(true);
      // The others saw it already; the server holds it in memory only.
      await expect.poll(() => fragmentText(other.doc)).toContain('eerst mislukt');
      expect(await storedText(session)).not.toContain('eerst mislukt');
    } finally {
      const cleanUp =
        dialect === 'sqlite'
          ? [sql`drop trigger ods_test_fail`]
          : [sql`drop trigger ods_test_fail on notes_updates`, sql`drop function ods_test_fail()`];
      for (const statement of cleanUp) await statement.execute(t.app.db);
    }
    write(other, 'daarna gelukt');
    await other.acknowledged();
    const stored = await storedText(session);
    expect(stored).toContain('daarna gelukt');
    expect(stored).toContain('eerst mislukt');
  });

  /** A participant of a session of their own, for tests that get them put in cooldown. */
  const newParticipant = async (who: string) => {
    ids[who] = await createUser(t.app, {
      email: `${who}@example.nl`,
      organisationId: 'GM0363',
      role: 'participant',
    });
    cookies[who] = `ods_session=${await createAuthSession(t.app.db, ids[who], t.clock.now())}`;
    return createSession(t.app, {
      startsAt: '2026-11-27T09:00:00.000Z',
      participants: [
        { userId: ids[who], role: 'member' },
        { userId: ids.facilitator!, role: 'facilitator' },
      ],
    });
  };
  const storedRows = async (session: string) =>
    (await readStoredNotes(t.app.db, session))!.updates.length;
  /** Another writer, in an unrelated session, edits one by one: each must be acknowledged. */
  const writeElsewhere = async (client: NotesNodeClient, label: string, count: number) => {
    for (let i = 0; i < count; i += 1) {
      write(client, `${label}-${i}`);
      await client.acknowledged();
    }
  };

  it('closes a client that floods tiny edits, while a writer in another session carries on', async () => {
    const session = await newParticipant('flooder');
    const flooder = connect('flooder', session);
    // Keeps the document loaded, so its rows are counted before any compaction.
    const watcher = connect('facilitator', session);
    const neighbour = connect('outsider', otherSessionId);
    await Promise.all([flooder.synced, watcher.synced, neighbour.synced]);
    const rowsBefore = await storedRows(session);
    const text = new Y.XmlText();
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [text]);
    flooder.doc.getXmlFragment(NOTES_FRAGMENT).push([paragraph]);
    const neighbourWrites = writeElsewhere(neighbour, 'buurman', 20);
    for (let i = 0; i < 20_000; i += 1) flooder.doc.transact(() => text.insert(text.length, 'x'));

    expect(await flooder.closed).toEqual({
      code: NOTES_CLOSE_CODES.tooManyMessages,
      reason: 'tooManyMessages',
    });
    await neighbourWrites;
    const stored = await storedText(otherSessionId);
    for (let i = 0; i < 20; i += 1) expect(stored).toContain(`buurman-${i}`);
    // Only what fit in the budget reached the others, in a handful of rows (one per commit).
    await new Promise((resolve) => setTimeout(resolve, 100));
    const seen = fragmentText(watcher.doc).split('x').length - 1;
    expect(seen).toBeGreaterThan(0);
    // The burst, plus what the bucket refills while the flood is read (well under 2 s).
    const { burst, perSecond } = NOTES_BUDGETS.document.messages;
    expect(seen).toBeLessThanOrEqual(burst + 2 * perSecond);
    expect((await storedRows(session)) - rowsBefore).toBeLessThan(100);
    // Coming straight back does not buy a fresh budget.
    const again = connect('flooder', session);
    expect((await again.closed).code).toBe(NOTES_CLOSE_CODES.tooManyMessages);
  });

  it('closes a client that floods presence messages, while a writer in another session carries on', async () => {
    const session = await newParticipant('chatterbox');
    const chatterbox = connect('chatterbox', session);
    const neighbour = connect('outsider', otherSessionId);
    await Promise.all([chatterbox.synced, neighbour.synced]);
    const neighbourWrites = writeElsewhere(neighbour, 'rustig', 20);
    for (let i = 0; i < 10_000; i += 1)
      chatterbox.provider.awareness!.setLocalStateField('cursor', { anchor: i, head: i });
    expect((await chatterbox.closed).code).toBe(NOTES_CLOSE_CODES.tooManyMessages);
    await neighbourWrites;
    const stored = await storedText(otherSessionId);
    for (let i = 0; i < 20; i += 1) expect(stored).toContain(`rustig-${i}`);
  });

  it('lets one person open a few connections at a time, not a multitude', async () => {
    const session = await newParticipant('multitab');
    const tabs = Array.from({ length: MAX_CONNECTIONS_PER_PERSON }, () =>
      connect('multitab', session),
    );
    await Promise.all(tabs.map((tab) => tab.synced));
    const oneTooMany = connect('multitab', session);
    expect((await oneTooMany.closed).code).toBe(NOTES_CLOSE_CODES.tooManyMessages);
    tabs[0]!.destroy();
    await expect
      .poll(async () => {
        const again = connect('multitab', session);
        const outcome = await Promise.race([
          again.synced.then(() => 'synced'),
          again.closed.then((c) => String(c.code)),
        ]);
        if (outcome !== 'synced') again.destroy();
        return outcome;
      })
      .toBe('synced');
  });

  it('never closes a person typing fast, moving the cursor and pasting', async () => {
    const session = await newParticipant('typist');
    const typist = connect('typist', session);
    await typist.synced;
    const text = new Y.XmlText();
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [text]);
    typist.doc.getXmlFragment(NOTES_FRAGMENT).push([paragraph]);
    // 300 keystrokes at 100 a second (faster than anyone types), each with a cursor move.
    const sentence = 'Advies: bel eerst de wijkagent, dan de corporatie. ';
    for (let i = 0; i < 300; i += 1) {
      typist.doc.transact(() => text.insert(text.length, sentence[i % sentence.length]!));
      typist.provider.awareness!.setLocalStateField('cursor', { anchor: i, head: i });
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    // Then a long paste.
    write(typist, 'geplakt '.repeat(40_000));
    await typist.acknowledged();
    const outcome = await Promise.race([
      typist.closed.then((c) => c.code),
      new Promise((resolve) => setTimeout(() => resolve('open'), 200)),
    ]);
    expect(outcome).toBe('open');
    expect(await storedText(session)).toContain('Advies: bel eerst de wijkagent');
  });

  it('refuses a message over the socket limit with 1009 and a reason, and keeps serving', async () => {
    const url = baseUrl.replace(/^http/, 'ws') + notesSocketPath(sessionId);
    const socket = new WebSocket(url, { headers: { cookie: cookies.owner! } });
    socket.on('error', () => {});
    await new Promise((resolve) => socket.once('open', resolve));
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );
    socket.send(Buffer.alloc(2 * 1024 * 1024, 1));
    expect(await closed).toEqual({ code: WEBSOCKET_MESSAGE_TOO_BIG, reason: 'messageTooLarge' });
    const after = connect('owner');
    await after.synced;
  });

  it('answers a plain GET on the socket address with 426 in the error shape', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: notesSocketPath(sessionId),
      headers: { cookie: cookies.member! },
    });
    expect(response.statusCode).toBe(426);
    expect(response.headers.upgrade).toBe('websocket');
    expect(response.json()).toEqual({
      code: 'UPGRADE_REQUIRED',
      message: expect.stringContaining('live verbinding van de gedeelde notities'),
    });
  });

  it('serves locked notes read-only and stores no more edits', async () => {
    await t.app.db
      .updateTable('notes_documents')
      .set({ locked_at: t.clock.now().toISOString() })
      .where('session_id', '=', sessionId)
      .execute();
    const client = connect('member');
    await client.synced;
    let scope = '';
    client.provider.on('authenticated', ({ scope: s }: { scope: string }) => (scope = s));
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('te laat')]);
    client.doc.getXmlFragment(NOTES_FRAGMENT).push([paragraph]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const stored = await readStoredNotes(t.app.db, sessionId);
    expect(fragmentText(toYDoc(stored!))).not.toContain('te laat');
    expect([client.provider.authorizedScope, scope]).toContain('readonly');
  });
});
