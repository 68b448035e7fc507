import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createDatabase } from '@ods/db';
import { createSession as createAuthSession } from '../../plugins/auth/session-store.ts';
import { createSession, createUser } from '../../test-support/fixtures.ts';
import { createTestApp } from '../../test-support/test-app.ts';
import { connectNotesClient } from './notes-node-client.ts';
import { NOTES_FRAGMENT } from '../../domain/notes/notes-sections.ts';
import { readStoredNotes, toYDoc } from '../../domain/notes/notes-store.ts';

describe('shutting the notes server down', () => {
  it('compacts what is loaded before the database closes, losing nothing', async () => {
    const t = await createTestApp('sqlite');
    const url = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const userId = await createUser(t.app, { email: 'schrijver@example.nl' });
    const cookie = `ods_session=${await createAuthSession(t.app.db, userId, t.clock.now())}`;
    const sessionId = await createSession(t.app, {
      startsAt: '2026-11-24T09:00:00.000Z',
      participants: [{ userId, role: 'facilitator' }],
    });
    const client = connectNotesClient(url, sessionId, cookie, { reconnect: false });
    await client.synced;
    for (let i = 0; i < 5; i += 1) {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(`regel-${i}`)]);
      client.doc.getXmlFragment(NOTES_FRAGMENT).push([paragraph]);
    }
    await client.acknowledged();

    // The client is still connected: the pending (debounced) store runs on close.
    await t.app.close();
    client.destroy();

    const database = createDatabase({ dataDir: t.dataDir });
    const stored = await readStoredNotes(database.db, sessionId);
    await database.db.destroy();
    rmSync(t.dataDir, { recursive: true, force: true });
    expect(stored!.updates).toHaveLength(0);
    expect(stored!.snapshot).not.toBeNull();
    expect(toYDoc(stored!).getXmlFragment(NOTES_FRAGMENT).toJSON()).toContain('regel-4');
  });
});
