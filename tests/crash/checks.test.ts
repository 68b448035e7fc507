import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase, migrateToLatest, seedReferenceData, type DatabaseHandle } from '@ods/db';
import { createSession, createUser } from '@ods/server/test-support/fixtures';
import { brokenInvariants } from './checks.ts';

// The crash suite is only as good as its invariants: each finds the half-written state it
// names, and a whole state passes.
describe('the invariants of the crash suite', () => {
  let dataDir: string;
  let handle: DatabaseHandle;
  let app: Parameters<typeof createUser>[0];
  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ods-checks-'));
    handle = createDatabase({ dataDir });
    await migrateToLatest(handle.db);
    await seedReferenceData(handle.db);
    // The fixtures only use app.db.
    app = { db: handle.db } as unknown as Parameters<typeof createUser>[0];
  });
  afterEach(async () => {
    await handle.db.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const names = async () => (await brokenInvariants(handle.db)).map((p) => p.split(':')[0]);
  const stamp = new Date().toISOString();

  it('pass on whole state', async () => {
    const ann = await createUser(app, { email: 'ann@example.nl' });
    await createSession(app, { participants: [{ userId: ann }], startsAt: stamp, state: 'held' });
    expect(await brokenInvariants(handle.db)).toEqual([]);
  });

  it('find a session without participants and a committed round without sessions', async () => {
    await handle.db
      .insertInto('match_rounds')
      .values({
        id: randomUUID(),
        period_start: '2027-01-04',
        period_end: '2027-01-10',
        state: 'committed',
        proposal: JSON.stringify({ groups: [{ members: [] }] }),
        proposed_by: null,
        created_at: stamp,
        committed_at: stamp,
      })
      .execute();
    const ann = await createUser(app, { email: 'ann@example.nl' });
    const session = await createSession(app, { participants: [{ userId: ann }], startsAt: stamp });
    await handle.db.deleteFrom('session_participants').where('session_id', '=', session).execute();
    expect(await names()).toEqual([
      'a session without participants',
      'a committed round without its sessions',
    ]);
  });

  it('find a library entry not everyone agreed to, and a profile without topics', async () => {
    const ann = await createUser(app, { email: 'ann@example.nl' });
    const session = await createSession(app, {
      participants: [{ userId: ann }],
      startsAt: stamp,
      state: 'held',
    });
    await handle.db
      .insertInto('summaries')
      .values({ session_id: session, updated_by: ann, created_at: stamp, updated_at: stamp })
      .execute();
    await handle.db
      .insertInto('library_entries')
      .values({
        session_id: session,
        topic_slug: 'schuldhulpverlening',
        held_on: stamp.slice(0, 10),
        published_at: stamp,
        title: 'Wachttijden',
        search_text: 'Wachttijden',
      })
      .execute();
    await handle.db.deleteFrom('user_topics').where('user_id', '=', ann).execute();
    expect(await names()).toEqual([
      'a completed profile without topics or availability',
      'a library entry that not every participant agreed to',
    ]);
  });
});
