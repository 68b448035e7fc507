import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase } from './create-database.ts';
import { migrateTo, migrateToLatest } from './migrations.ts';
import { seedReferenceData } from './seed-reference.ts';

describe('moving an installation into networks', () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it('puts existing coordinators, rounds and sessions in a default network of every organisation', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ods-db-'));
    folders.push(dataDir);
    const { db } = createDatabase({ dataDir });
    try {
      await migrateTo(db, '2026_12_06_2200_create_request_keys');
      await seedReferenceData(db);
      const stamp = '2026-12-01T10:00:00.000Z';
      const user = (id: string, role: 'participant' | 'coordinator' | 'admin') => ({
        id,
        email: `${id}@example.nl`,
        role,
        organisation_id: 'GM0363',
        house_rules_accepted_at: null,
        profile_completed_at: null,
        paused_until: null,
        reliability_reset_at: null,
        created_at: stamp,
        updated_at: stamp,
      });
      // The columns this migration adds do not exist yet, so rows are written without them.
      await db
        .insertInto('users')
        .values([user('coco', 'coordinator'), user('ann', 'participant'), user('bea', 'admin')])
        .execute();
      await db
        .insertInto('match_rounds')
        .values({
          id: 'r1',
          period_start: '2026-12-01',
          period_end: '2026-12-14',
          proposed_by: 'coco',
          created_at: stamp,
          committed_at: null,
        })
        .execute();
      await migrateToLatest(db);

      const networks = await db.selectFrom('networks').selectAll().execute();
      expect(networks).toEqual([
        expect.objectContaining({ name: 'Alle organisaties', covers_all: 1 }),
      ]);
      const coordinators = await db.selectFrom('network_coordinators').select('user_id').execute();
      expect(coordinators).toEqual([{ user_id: 'coco' }]);
      const round = await db
        .selectFrom('match_rounds')
        .select('network_id')
        .executeTakeFirstOrThrow();
      expect(round.network_id).toBe(networks[0]!.id);
      const topics = await db.selectFrom('network_topics').select('topic_slug').execute();
      expect(topics.length).toBeGreaterThan(20);
    } finally {
      await db.destroy();
    }
  });

  it('starts an empty installation without networks', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ods-db-'));
    folders.push(dataDir);
    const { db } = createDatabase({ dataDir });
    try {
      await migrateToLatest(db);
      expect(await db.selectFrom('networks').selectAll().execute()).toEqual([]);
    } finally {
      await db.destroy();
    }
  });
});
