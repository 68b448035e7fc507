import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { MatchResult, ScoreParts } from '../../core/matcher/types.ts';
import { SCORE_PART_NAMES } from '../../core/matcher/settings.ts';
import { createUser } from '../../test-support/fixtures.ts';
import { ROUND_PAGE, type Round } from '@ods/shared';
import type { Agent } from '../../test-support/agent.ts';

/** Seven people on debt assistance, each in another municipality, all free on Tuesdays. */
export const DEBT_PEOPLE = [
  { email: 'ann@amsterdam.nl', name: 'Ann Amsterdam', organisationId: 'GM0363' },
  { email: 'bob@groningen.nl', name: 'Bob Groningen', organisationId: 'GM0014' },
  { email: 'cas@vlieland.nl', name: 'Cas Vlieland', organisationId: 'GM0096' },
  { email: 'dee@almere.nl', name: 'Dee Almere', organisationId: 'GM0034' },
  { email: 'eva@stadskanaal.nl', name: 'Eva Stadskanaal', organisationId: 'GM0037' },
  { email: 'fay@rotterdam.nl', name: 'Fay Rotterdam', organisationId: 'GM0599' },
  { email: 'gus@enschede.nl', name: 'Gus Enschede', organisationId: 'GM0153' },
];

export interface SmallPool {
  debt: string[];
  /** The only one on youth care: no peers. */
  loneYouth: string;
  /** Only free on Saturdays, when no session is planned. */
  weekendOnly: string;
  /** Paused until after the period starts: not in the pool. */
  paused: string;
  /** Paused until the day before the period: back in the pool. */
  pauseEnded: string;
  coordinator: string;
  admin: string;
}

/** A small, realistic pool for a round in December 2026, plus a coordinator and an admin. */
export async function seedSmallPool(app: FastifyInstance): Promise<SmallPool> {
  const debt: string[] = [];
  for (const person of DEBT_PEOPLE) debt.push(await createUser(app, person));
  const loneYouth = await createUser(app, {
    email: 'yara@utrecht.nl',
    name: 'Yara Utrecht',
    organisationId: 'GM0344',
    topics: [{ slug: 'jeugdhulp', level: 'ervaren' }],
  });
  const weekendOnly = await createUser(app, {
    email: 'wim@apeldoorn.nl',
    name: 'Wim Apeldoorn',
    organisationId: 'GM0200',
    availability: [{ weekday: 6, startMinute: 540, endMinute: 1020 }],
  });
  const paused = await createUser(app, {
    email: 'piet@veendam.nl',
    name: 'Piet Veendam',
    organisationId: 'GM0047',
  });
  const pauseEnded = await createUser(app, {
    email: 'hans@denhaag.nl',
    name: 'Hans Den Haag',
    organisationId: 'GM0518',
  });
  await app.db
    .updateTable('users')
    .set({ pool_status: 'paused', paused_until: '2027-01-15' })
    .where('id', '=', paused)
    .execute();
  await app.db
    .updateTable('users')
    .set({ pool_status: 'paused', paused_until: '2026-11-30' })
    .where('id', '=', pauseEnded)
    .execute();
  const coordinator = await createUser(app, {
    email: 'coordinator@example.nl',
    role: 'coordinator',
  });
  const admin = await createUser(app, { email: 'admin@example.nl', role: 'admin' });
  // Staff who do not spar themselves have left the pool.
  await app.db
    .updateTable('users')
    .set({ pool_status: 'left' })
    .where('id', 'in', [coordinator, admin])
    .execute();
  return { debt, loneYouth, weekendOnly, paused, pauseEnded, coordinator, admin };
}

const ZERO_PARTS = Object.fromEntries(SCORE_PART_NAMES.map((n) => [n, 0])) as ScoreParts;

/** A stored round read back as a matcher result, for the independent validator. */
export function roundAsResult(round: Round): MatchResult {
  return {
    groups: round.groups.map((g) => ({
      topic: g.topic.slug,
      slotId: g.startsAt,
      caseId: g.caseId,
      members: g.members.map((m) => ({ id: m.userId, role: m.role })),
      explanation: g.explanation,
      score: { total: 0, parts: ZERO_PARTS },
    })),
    leftOut: round.leftOut.map((p) => ({
      id: p.userId,
      reason: p.reason,
      explanation: p.explanation,
    })),
    stats: {
      ...round.stats,
      constructiveObjective: 0,
      objective: { total: 0, parts: ZERO_PARTS },
      improvements: 0,
    },
  };
}

/**
 * A round with all its groups and everyone left out, read page by page as a client would
 * (GET /api/rounds/:id answers one page), for tests that check the whole proposal.
 */
export async function readWholeRound(
  agent: Agent,
  id: string,
  groupLimit: number = ROUND_PAGE.groupsMax,
  leftOutLimit: number = ROUND_PAGE.leftOutMax,
): Promise<Round> {
  const read = async (groupOffset: number, leftOutOffset: number) => {
    const response = await agent.request(
      'GET',
      `/api/rounds/${id}?groupOffset=${groupOffset}&groupLimit=${groupLimit}` +
        `&leftOutOffset=${leftOutOffset}&leftOutLimit=${leftOutLimit}`,
    );
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Round>();
  };
  const round = await read(0, 0);
  const groups = [...round.groups];
  const leftOut = [...round.leftOut];
  while (groups.length < round.page.groupsTotal || leftOut.length < round.page.leftOutTotal) {
    const next = await read(groups.length, leftOut.length);
    if (next.groups.length + next.leftOut.length === 0) throw new Error('a page came back empty');
    groups.push(...next.groups);
    leftOut.push(...next.leftOut);
  }
  return { ...round, groups, leftOut };
}
