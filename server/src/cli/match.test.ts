import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNetwork } from '../domain/networks/networks.repository.ts';
import { seedSmallPool } from '../features/rounds/rounds.fixtures.ts';
import { createTestApp, type TestApp } from '../test-support/test-app.ts';

const run = promisify(execFile);
const cli = new URL('./match.ts', import.meta.url).pathname;

// The CLI runs on the real clock, so the period lies a week to five weeks from today.
const date = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const PERIOD = `${date(7)}..${date(35)}`;

describe('pnpm match', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp('sqlite');
    await seedSmallPool(t.app);
  });
  afterEach(async () => t.close());

  const match = (...args: string[]) =>
    run(process.execPath, [cli, ...args], {
      env: { ...process.env, APP_ENV: 'test', DATA_DIR: t.dataDir, DATABASE_URL: '', INIT_CWD: '' },
    });
  const sessions = async () =>
    (await t.app.db.selectFrom('sparring_sessions').select('id').execute()).length;

  it('prints the groups and who is left out in Dutch, and writes nothing on a dry run', async () => {
    const { stdout } = await match('--period', PERIOD, '--dry-run', '--seed', '3');
    expect(stdout).toMatch(/Groep 1 · Schuldhulpverlening · dinsdag \d+ \w+ \d\d:\d\d–\d\d:\d\d/);
    expect(stdout).toContain('Cas Vlieland (Vlieland, klein, Fryslân)');
    expect(stdout).toMatch(/Yara Utrecht \(Utrecht\): Deze ronde zijn er te weinig collega's/);
    expect(stdout).toContain('Proefronde: niets vastgelegd');
    expect(await sessions()).toBe(0);
  });

  it('commits the round without --dry-run', async () => {
    const { stdout } = await match('--period', PERIOD);
    const groups = stdout.match(/^Groep \d+/gm)?.length ?? 0;
    expect(groups).toBeGreaterThan(0);
    expect(stdout).toContain(`Vastgelegd: ${groups} sessies`);
    expect(await sessions()).toBe(groups);
  });

  it('plans for the only network, and asks which one when there are several', async () => {
    await match('--period', PERIOD, '--dry-run', '--seed', '3');
    const round = await t.app.db
      .selectFrom('match_rounds')
      .innerJoin('networks', 'networks.id', 'match_rounds.network_id')
      .select('networks.name')
      .executeTakeFirstOrThrow();
    // seedSmallPool's coordinator runs the default network, the only one.
    expect(round.name).toBe('Alle organisaties');
    await createNetwork(t.app.db, { name: 'Netwerk Oost' }, new Date());
    await expect(match('--period', PERIOD, '--dry-run')).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Kies een netwerk met --network'),
    });
    const { stdout } = await match('--period', PERIOD, '--dry-run', '--network', 'Netwerk Oost');
    expect(stdout).toContain('Proefronde: niets vastgelegd');
  });

  it('says what is wrong with the arguments', async () => {
    await expect(match('--period', '2026-12-01')).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Geef een periode op als begin..eind.'),
    });
    await expect(match('--period', `${date(30)}..${date(10)}`)).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('De einddatum moet na de begindatum liggen.'),
    });
  });
});
