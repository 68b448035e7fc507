import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import * as Y from 'yjs';
import { createSession as createAuthSession } from '../../plugins/auth/session-store.ts';
import { createTestApp, testDialects, type TestApp } from '../../test-support/test-app.ts';
import { NOTES_FRAGMENT } from '../../domain/notes/notes-sections.ts';
import { readStoredNotes, toYDoc } from '../../domain/notes/notes-store.ts';
import { connectNotesClient, type NotesNodeClient } from '../notes/notes-node-client.ts';
import { NotesLogThread } from '../notes/notes-log-thread.ts';
import { NotesUpdateLog } from '../notes/notes-update-log.ts';
import { createNotesOnce } from '../notes/notes.repository.ts';
import { agree, heldGroup, save } from './summaries.fixtures.ts';

// The notes are locked by the summary's state: once everyone agreed to publish, nobody edits
// the notes any more, also when nobody had opened them before (then there was no notes row
// the publication could lock), and also after the retention job deleted them.
describe.each(testDialects())('notes of a published summary (%s)', (dialect) => {
  let t: TestApp;
  let baseUrl: string;
  const clients: NotesNodeClient[] = [];
  beforeEach(async () => {
    t = await createTestApp(dialect);
    baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await t.close();
  });

  async function publishedGroup() {
    const group = await heldGroup(t);
    const { sessionId, anna, bram, chantal } = group;
    expect((await save(anna, sessionId, 0)).statusCode).toBe(200);
    await agree(anna, sessionId, 'name-and-municipality');
    await agree(bram, sessionId, 'hidden');
    expect((await agree(chantal, sessionId, 'hidden')).json()).toMatchObject({
      status: 'published',
    });
    return group;
  }

  async function openNotes(userId: string, sessionId: string) {
    const cookie = `ods_session=${await createAuthSession(t.app.db, userId, t.clock.now())}`;
    const client = connectNotesClient(baseUrl, sessionId, cookie, { reconnect: false });
    clients.push(client);
    await client.synced;
    return client;
  }

  function write(client: NotesNodeClient, text: string) {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(text)]);
    client.doc.getXmlFragment(NOTES_FRAGMENT).push([paragraph]);
  }

  async function storedText(sessionId: string): Promise<string> {
    const stored = await readStoredNotes(t.app.db, sessionId);
    return stored ? toYDoc(stored).getXmlFragment(NOTES_FRAGMENT).toJSON() : '';
  }

  it('serves the notes read-only when the summary was published before anyone opened them', async () => {
    const { sessionId, ids } = await publishedGroup();
    expect(await readStoredNotes(t.app.db, sessionId)).toBeUndefined();
    const client = await openNotes(ids.bram, sessionId);
    expect(client.provider.authorizedScope).toBe('readonly');
    write(client, 'achteraf nog iets');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await storedText(sessionId)).not.toContain('achteraf nog iets');
  });

  it('serves them read-only after the retention job deleted the notes of a published summary', async () => {
    const { sessionId, ids } = await publishedGroup();
    const first = await openNotes(ids.anna, sessionId);
    first.destroy();
    await sql`delete from notes_documents`.execute(t.app.db);
    const client = await openNotes(ids.chantal, sessionId);
    expect(client.provider.authorizedScope).toBe('readonly');
    write(client, 'na de bewaartermijn');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await storedText(sessionId)).not.toContain('na de bewaartermijn');
  });

  it('stores no update for a final summary whose notes row was never locked', async () => {
    const { sessionId } = await publishedGroup();
    // A notes row written without the lock, as by an instance that loaded the document while
    // the summary became final elsewhere.
    await createNotesOnce(t.app.db, sessionId, new Uint8Array([0, 0]), t.clock.now());
    const file =
      dialect === 'sqlite'
        ? (
            await sql<{
              file: string;
            }>`select file from pragma_database_list where name = 'main'`.execute(t.app.db)
          ).rows[0]?.file
        : undefined;
    const log = new NotesUpdateLog(t.app.db, t.clock, file ? new NotesLogThread(file) : undefined);
    try {
      const doc = new Y.Doc();
      doc.getText('x').insert(0, 'te laat');
      expect(await log.append(sessionId, Y.encodeStateAsUpdate(doc))).toBe('locked');
    } finally {
      await log.close();
    }
    const updates = await t.app.db
      .selectFrom('notes_updates')
      .select('id')
      .where('session_id', '=', sessionId)
      .execute();
    expect(updates).toHaveLength(1); // the template only
  });
});
