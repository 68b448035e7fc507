import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROUND_PAGE, type AuditList, type Round, type RoundGroup } from '@ods/shared';
import { defaultNetworkId } from '../../domain/networks/networks.repository.ts';
import { Agent } from '../../test-support/agent.ts';
import { createUser } from '../../test-support/fixtures.ts';
import { createTestApp, testDialects, type TestApp } from '../../test-support/test-app.ts';
import type { StoredProposal } from './round-proposal.ts';
import { insertRound } from './rounds.repository.ts';
import { readWholeRound } from './rounds.fixtures.ts';

const GROUPS = 25;
const LEFT_OUT = 60;

/** People p0…p{n-1}, written in one statement (a few hundred createUser calls are slow). */
async function seedPeople(t: TestApp, n: number): Promise<string[]> {
  const stamp = t.clock.now().toISOString();
  const ids = Array.from({ length: n }, () => randomUUID());
  await t.app.db
    .insertInto('users')
    .values(
      ids.map((id, i) => ({
        id,
        email: `p${i}@pagina.nl`,
        name: `Persoon ${i}`,
        role: 'participant' as const,
        organisation_id: 'GM0363',
        job_title: 'Consulent',
        house_rules_accepted_at: stamp,
        profile_completed_at: stamp,
        paused_until: null,
        created_at: stamp,
        updated_at: stamp,
      })),
    )
    .execute();
  return ids;
}

/** A stored proposal with known contents: 25 groups of three, then 60 people left out. */
function knownProposal(people: string[]): StoredProposal {
  const member = (i: number) => ({
    userId: people[i]!,
    name: `Persoon ${i}`,
    organisationName: 'Gemeente Amsterdam',
    municipalityName: 'Amsterdam',
    sizeClass: 'grootste' as const,
    province: 'Noord-Holland',
    role: 'member' as const,
  });
  const groups = Array.from({ length: GROUPS }, (_, g): RoundGroup => ({
    topic: { slug: 'schuldhulpverlening', name: { nl: 'Schuldhulp', en: 'Debt' } },
    startsAt: `2026-12-${String(1 + (g % 28)).padStart(2, '0')}T09:00:00.000Z`,
    endsAt: `2026-12-${String(1 + (g % 28)).padStart(2, '0')}T10:00:00.000Z`,
    caseId: null,
    explanation: { nl: `Groep ${g}`, en: `Group ${g}` },
    members: [member(3 * g), member(3 * g + 1), member(3 * g + 2)],
  }));
  const leftOut = Array.from({ length: LEFT_OUT }, (_, j) => ({
    userId: people[3 * GROUPS + j]!,
    name: `Persoon ${3 * GROUPS + j}`,
    municipalityName: 'Amsterdam',
    reason: 'no-common-slot' as const,
    explanation: { nl: `Niet ${j}`, en: `Not ${j}` },
  }));
  return {
    groups,
    leftOut,
    stats: {
      poolSize: people.length,
      eligible: people.length,
      matched: 3 * GROUPS,
      leftOut: LEFT_OUT,
      groups: GROUPS,
      slots: 28,
      iterations: 0,
      stoppedBy: 'budget',
    },
  };
}

describe.each(testDialects())('a round read a page at a time (%s)', (dialect) => {
  let t: TestApp;
  let people: string[];
  let proposal: StoredProposal;
  let roundId: string;
  let coordinator: Agent;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    people = await seedPeople(t, 3 * GROUPS + LEFT_OUT);
    proposal = knownProposal(people);
    await createUser(t.app, { email: 'coco@pagina.nl', role: 'coordinator' });
    roundId = randomUUID();
    await insertRound(t.app.db, {
      id: roundId,
      periodStart: '2026-12-01',
      periodEnd: '2026-12-31',
      settings: {
        now: '2026-11-23T09:00:00.000Z',
        sessionMinutes: 60,
        groupSizeMin: 3,
        groupSizeMax: 5,
        monthlyCap: 1,
        seed: 1,
        iterationBudget: 0,
      },
      proposal,
      proposedBy: null,
      createdAt: t.clock.now().toISOString(),
      network: { id: await defaultNetworkId(t.app.db, t.clock.now()), openToOtherNetworks: false },
    });
    coordinator = new Agent(t.app);
    await coordinator.signIn('coco@pagina.nl');
  });
  afterEach(async () => t.close());

  const read = async (query = '') => {
    const response = await coordinator.request('GET', `/api/rounds/${roundId}${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Round>();
  };

  it('answers the first page by default, with the totals, and each further page on request', async () => {
    const first = await read();
    expect(first.groups).toEqual(proposal.groups.slice(0, ROUND_PAGE.groupsDefault));
    expect(first.leftOut).toEqual(proposal.leftOut.slice(0, ROUND_PAGE.leftOutDefault));
    expect(first.page).toEqual({
      groupOffset: 0,
      groupsTotal: GROUPS,
      leftOutOffset: 0,
      leftOutTotal: LEFT_OUT,
    });
    const second = await read('?groupOffset=20&groupLimit=20&leftOutOffset=50&leftOutLimit=50');
    expect(second.groups).toEqual(proposal.groups.slice(20));
    expect(second.leftOut).toEqual(proposal.leftOut.slice(50));
    expect(second.page).toMatchObject({ groupOffset: 20, leftOutOffset: 50 });
    // Only the left-out list, none of the groups; past the end is an empty page, not an error.
    const leftOnly = await read('?groupLimit=0&leftOutOffset=55');
    expect(leftOnly.groups).toEqual([]);
    expect(leftOnly.leftOut.map((p) => p.userId)).toEqual(people.slice(3 * GROUPS + 55));
    expect((await read('?groupOffset=999&leftOutOffset=999')).groups).toEqual([]);
    // Many coordinators at once (the first read of a round is shared): the same answer each.
    const together = await Promise.all(Array.from({ length: 8 }, () => read('?groupOffset=5')));
    for (const answer of together) expect(answer.groups).toEqual(proposal.groups.slice(5, 25));
    // Page by page, the whole proposal, in order.
    const whole = await readWholeRound(coordinator, roundId, 7, 13);
    expect(whole.groups).toEqual(proposal.groups);
    expect(whole.leftOut).toEqual(proposal.leftOut);
  });

  it('writes an audit entry for each person on the page shown, and none for the others', async () => {
    const shownNow = async () =>
      (
        await t.app.db
          .selectFrom('audit_log')
          .select('subject_id')
          .where('resource_id', '=', roundId)
          .execute()
      )
        .map((r) => r.subject_id)
        .sort();
    await read();
    const firstPage = [
      ...people.slice(0, 3 * ROUND_PAGE.groupsDefault),
      ...people.slice(3 * GROUPS, 3 * GROUPS + ROUND_PAGE.leftOutDefault),
    ].sort();
    expect(await shownNow()).toEqual(firstPage);

    // Someone in group 21 reads nothing about this round until that page is shown.
    const later = new Agent(t.app);
    await later.signIn(`p${3 * 20}@pagina.nl`);
    const audit = async () => (await later.request('GET', '/api/account/audit')).json<AuditList>();
    expect((await audit()).total).toBe(0);
    await read('?groupOffset=20&leftOutLimit=0');
    expect((await audit()).entries).toEqual([
      expect.objectContaining({ actorName: 'coco', purpose: 'round-proposal' }),
    ]);
    // Every look is written: the first page again is one more entry for each of its people.
    await read();
    const entries = await shownNow();
    expect(entries).toHaveLength(2 * firstPage.length + 3 * (GROUPS - 20));
  });

  it('refuses a page larger than the largest, and numbers that are not digits, with a 400', async () => {
    for (const query of [
      `?groupLimit=${ROUND_PAGE.groupsMax + 1}`,
      `?leftOutLimit=${ROUND_PAGE.leftOutMax + 1}`,
      '?groupOffset=-1',
      '?groupLimit=tien',
      '?page=2',
    ]) {
      const response = await coordinator.request('GET', `/api/rounds/${roundId}${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json<{ message: string }>().message, query).not.toBe('');
    }
    const tooMany = await coordinator.request(
      'GET',
      `/api/rounds/${roundId}?groupLimit=${ROUND_PAGE.groupsMax + 1}`,
    );
    expect(tooMany.json<{ fields: Record<string, string> }>().fields.groupLimit).toBe(
      `Vraag ten hoogste ${ROUND_PAGE.groupsMax} groepen tegelijk op.`,
    );
    // Nobody was shown by a refused read.
    const written = await t.app.db.selectFrom('audit_log').select('id').execute();
    expect(written).toEqual([]);
  });
});
