import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ParticipationMap } from '@ods/shared/api/participation';
import { createNetwork } from '../../domain/networks/networks.repository.ts';
import { Agent } from '../../test-support/agent.ts';
import { createUser } from '../../test-support/fixtures.ts';
import { createTestApp, testDialects, type TestApp } from '../../test-support/test-app.ts';

describe.each(testDialects())('the overview map, per municipality (%s)', (dialect) => {
  let t: TestApp;
  let networkId: string;
  let coordinator: Agent;
  let counter = 0;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    networkId = await createNetwork(
      t.app.db,
      { name: 'Netwerk Midden', organisationIds: ['GM0344', 'GM0363', 'GM0599', 'GM0014'] },
      t.clock.now(),
    );
    await createUser(t.app, { email: 'coco@midden.nl', role: 'coordinator', networkId });
    coordinator = new Agent(t.app);
    await coordinator.signIn('coco@midden.nl');
  });
  afterEach(async () => t.close());

  async function professionals(organisationId: string, count: number) {
    const ids: string[] = [];
    for (let i = 0; i < count; i += 1)
      ids.push(await createUser(t.app, { email: `p${(counter += 1)}@midden.nl`, organisationId }));
    return ids;
  }

  async function map(): Promise<ParticipationMap> {
    const response = await coordinator.request(
      'GET',
      `/api/console/networks/${networkId}/overview/municipalities`,
    );
    expect(response.statusCode, response.body).toBe(200);
    return response.json<ParticipationMap>();
  }

  it('counts professionals per municipality, "< 5" for few, with a partner hidden so no total gives one away', async () => {
    await professionals('GM0344', 12);
    await professionals('GM0363', 7);
    await professionals('GM0599', 3);
    const left = await professionals('GM0014', 6);
    // Someone who left the pool no longer takes part; an organisation outside the network
    // and the coordinator are not counted at all.
    await t.app.db
      .updateTable('users')
      .set({ pool_status: 'left' })
      .where('id', '=', left[0]!)
      .execute();
    await professionals('GM0518', 9);

    const first = await map();
    const byCode = Object.fromEntries(first.municipalities.map((m) => [m.code, m.professionals]));
    expect(first.threshold).toBe(5);
    expect(byCode).toEqual({
      GM0344: 12,
      // Rotterdam's 3 are hidden, and so is the smallest shown count (Groningen's 5), or the
      // network's number of participants minus the shown ones would give Rotterdam's away.
      GM0599: null,
      GM0014: null,
      GM0363: 7,
    });
    // The differencing attempt: the network's 27 participants minus the shown ones leave the
    // hidden municipalities together (8), never one of them.
    const hidden = first.municipalities.filter((m) => m.professionals === null);
    expect(hidden.length).toBeGreaterThan(1);
    expect(JSON.stringify(first)).not.toMatch(/\b3\b/);

    // The overview's CSV has the same cells, for every municipality as in the map's table.
    const csv = await coordinator.request(
      'GET',
      `/api/console/networks/${networkId}/overview.csv?year=2026`,
    );
    expect(csv.statusCode, csv.body).toBe(200);
    const lines = csv.body.split('\r\n');
    const header = lines.indexOf('gemeente,gemeentecode,professionals die nu meedoen');
    expect(header).toBeGreaterThan(0);
    const rows = lines.slice(header + 1).filter((line) => line !== '');
    expect(rows).toHaveLength(342);
    expect(rows).toEqual(
      expect.arrayContaining([
        '"Utrecht",GM0344,12',
        '"Amsterdam",GM0363,7',
        '"Rotterdam",GM0599,< 5',
        '"Groningen",GM0014,< 5',
        '"\'s-Gravenhage",GM0518,0',
      ]),
    );
    expect(rows.filter((row) => /,[1-4]$/.test(row))).toEqual([]);
  });

  it('survives subtracting another network that shares an organisation in the same municipality', async () => {
    // A care organisation in Amsterdam is in both networks; the municipality itself only in
    // Midden, with 3 professionals: Midden's Amsterdam (13) minus the other's (10) would say 3.
    await t.app.db
      .insertInto('organisations')
      .values({
        id: 'zorg-ams',
        name: 'Zorg Amsterdam',
        kind: 'organisatie',
        municipality_code: 'GM0363',
      })
      .execute();
    await t.app.db
      .insertInto('network_organisations')
      .values({
        network_id: networkId,
        organisation_id: 'zorg-ams',
        added_at: t.clock.now().toISOString(),
      })
      .execute();
    const other = await createNetwork(
      t.app.db,
      { name: 'Zorg', organisationIds: ['zorg-ams'] },
      t.clock.now(),
    );
    await professionals('GM0363', 3);
    await professionals('zorg-ams', 10);
    await professionals('GM0344', 12);
    await professionals('GM0014', 6);
    await createUser(t.app, { email: 'beheer@midden.nl', role: 'admin' });
    const admin = new Agent(t.app);
    await admin.signIn('beheer@midden.nl');
    const amsterdam = async (id: string) => {
      const response = await admin.request(
        'GET',
        `/api/console/networks/${id}/overview/municipalities`,
      );
      expect(response.statusCode, response.body).toBe(200);
      return response.json<ParticipationMap>().municipalities.find((m) => m.code === 'GM0363')
        ?.professionals;
    };
    const [midden, zorg] = [await amsterdam(networkId), await amsterdam(other)];
    expect(zorg).toBe(10);
    expect(midden).toBeNull();
  });

  it('answers another network’s coordinator with 404, as if the network did not exist', async () => {
    const other = await createNetwork(
      t.app.db,
      { name: 'Noord', organisationIds: ['GM0014'] },
      t.clock.now(),
    );
    const response = await coordinator.request(
      'GET',
      `/api/console/networks/${other}/overview/municipalities`,
    );
    expect(response.statusCode).toBe(404);
  });
});
