import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createSession, createUser } from '../../test-support/fixtures.ts';
import { createTestApp, testDialects, type TestApp } from '../../test-support/test-app.ts';
import { readStoredNotes, toYDoc } from '../../domain/notes/notes-store.ts';
import { createNotesOnce } from './notes.repository.ts';
import { NotesLogThread } from './notes-log-thread.ts';
import { NotesUpdateLog } from './notes-update-log.ts';
import { mergeByDocument } from './notes-merge.ts';

/** `count` one-character updates, as a person typing them one by one would send them. */
function keystrokes(count: number): Uint8Array[] {
  const doc = new Y.Doc();
  const text = doc.getText('t');
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (let i = 0; i < count; i += 1) text.insert(text.length, String(i % 10));
  return updates;
}

describe('merging a batch of updates per document', () => {
  it('gives one row per document with exactly their content, and keeps a malformed one apart', () => {
    const a = keystrokes(50);
    const b = keystrokes(3);
    const merged = mergeByDocument([
      ...a.map((data) => ({ sessionId: 'a', data })),
      ...b.map((data) => ({ sessionId: 'b', data })),
    ]);
    expect(merged.map((item) => item.sessionId)).toEqual(['a', 'b']);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, merged[0]!.data);
    expect(doc.getText('t').toJSON()).toBe('0123456789'.repeat(5));

    const garbage = new Uint8Array([255, 255, 255, 255, 1]);
    const withGarbage = mergeByDocument([
      { sessionId: 'a', data: a[0]! },
      { sessionId: 'a', data: garbage },
    ]);
    expect(withGarbage.map((item) => item.data)).toEqual([a[0], garbage]);
  });
});

describe.each(testDialects())('the notes update log on %s', (dialect) => {
  let t: TestApp;
  let sessionId: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const userId = await createUser(t.app, { email: 'schrijver@example.nl' });
    sessionId = await createSession(t.app, {
      startsAt: '2026-11-24T09:00:00.000Z',
      participants: [{ userId, role: 'facilitator' }],
    });
    await createNotesOnce(t.app.db, sessionId, Y.encodeStateAsUpdate(new Y.Doc()), t.clock.now());
  });
  afterAll(async () => {
    await t?.close();
  });

  const logs = (): [string, NotesUpdateLog][] => {
    const here: [string, NotesUpdateLog] = [
      'in this thread',
      new NotesUpdateLog(t.app.db, t.clock),
    ];
    if (dialect !== 'sqlite') return [here];
    const thread = new NotesLogThread(join(t.dataDir, 'over-de-schutting.sqlite'));
    return [here, ['in the worker thread', new NotesUpdateLog(t.app.db, t.clock, thread)]];
  };

  it('stores a burst of 2 000 keystrokes in a handful of rows, each answered once stored', async () => {
    for (const [where, log] of logs()) {
      const before = (await readStoredNotes(t.app.db, sessionId))!.updates.length;
      const updates = keystrokes(2000);
      const results = await Promise.all(updates.map((update) => log.append(sessionId, update)));
      expect(
        results.every((result) => result === 'stored'),
        where,
      ).toBe(true);
      const stored = (await readStoredNotes(t.app.db, sessionId))!;
      expect(stored.updates.length - before, where).toBeLessThanOrEqual(5);
      // Each run starts a new Y.Doc (a new client), so its text is a run of its own.
      expect(toYDoc(stored).getText('t').toJSON(), where).toContain('0123456789'.repeat(200));
      await log.close();
    }
  });
});

describe('the notes log thread on SQLite', () => {
  let t: TestApp;
  let sessionId: string;
  let file: string;

  beforeAll(async () => {
    t = await createTestApp('sqlite');
    const userId = await createUser(t.app, { email: 'typist@example.nl' });
    sessionId = await createSession(t.app, {
      startsAt: '2026-11-24T09:00:00.000Z',
      participants: [{ userId, role: 'facilitator' }],
    });
    await createNotesOnce(t.app.db, sessionId, Y.encodeStateAsUpdate(new Y.Doc()), t.clock.now());
    file = join(t.dataDir, 'over-de-schutting.sqlite');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('replaces a worker that died, instead of leaving the next writes unanswered', async () => {
    const thread = new NotesLogThread(file);
    const log = new NotesUpdateLog(t.app.db, t.clock, thread);
    expect(await log.append(sessionId, keystrokes(1)[0]!)).toBe('stored');
    // As if the thread had crashed: its worker ends under it.
    await (
      thread as unknown as { running: { worker: { terminate(): Promise<number> } } }
    ).running.worker.terminate();
    await expect.poll(() => thread.started).toBe(false);
    expect(await log.append(sessionId, keystrokes(1)[0]!)).toBe('stored');
    expect(thread.starts).toBe(2);
    expect(await log.compact(sessionId, t.clock.now())).toBeGreaterThan(0);
    await log.close();
    await expect(log.append(sessionId, keystrokes(1)[0]!)).rejects.toThrow('closed');
  });
});
