import { describe, expect, it } from 'vitest';
import { matchRound } from './match-round.ts';
import { input, memberSets, person } from './test-fixtures.ts';
import { validateResult } from './validate.ts';
import type { MatchInput, MatchResult } from './types.ts';

function run(matchInput: MatchInput): MatchResult {
  const result = matchRound(matchInput);
  expect(validateResult(matchInput, result)).toEqual([]);
  return result;
}

const together = (result: MatchResult, a: string, b: string): boolean =>
  memberSets(result.groups).some((ids) => ids.includes(a) && ids.includes(b));

const debt = [{ slug: 'schuldhulpverlening', level: 'ervaren' as const }];
const youth = [{ slug: 'jeugdhulp', level: 'ervaren' as const }];

describe('hard rules of matchRound', () => {
  it('forms groups on one topic that every member has', () => {
    const pool = [
      ...['p1', 'p2', 'p3'].map((id) => person(id, { topics: debt })),
      ...['p4', 'p5', 'p6'].map((id) => person(id, { topics: youth })),
    ];
    const result = run(input(pool));
    expect(result.groups.map((g) => g.topic).sort()).toEqual(['jeugdhulp', 'schuldhulpverlening']);
    expect(together(result, 'p1', 'p4')).toBe(false);
  });

  it('never puts two people of one municipality in a group', () => {
    const pool = ['p1', 'p2', 'p3', 'p4'].map((id) => person(id));
    pool[1] = person('p2', { municipalityCode: 'GM-p1' });
    const result = run(input(pool));
    expect(together(result, 'p1', 'p2')).toBe(false);
    expect(result.stats.matched).toBe(3);
  });

  it('never puts two people of one organisation in a group, even from different municipalities', () => {
    const pool = ['p1', 'p2', 'p3', 'p4'].map((id) =>
      person(id, { organisationId: id === 'p2' ? 'org-p1' : `org-${id}` }),
    );
    const result = run(input(pool));
    expect(together(result, 'p1', 'p2')).toBe(false);
  });

  it('respects an avoided organisation in both directions', () => {
    const pool = ['p1', 'p2', 'p3', 'p4'].map((id) => person(id));
    pool[0] = person('p1', { avoidOrganisationIds: ['org-p2'] });
    const result = run(input(pool));
    expect(together(result, 'p1', 'p2')).toBe(false);
    expect(result.leftOut).toHaveLength(1);
  });

  it('picks one slot in which every member is free', () => {
    const pool = [
      person('p1', { availableSlotIds: ['tue'] }),
      person('p2', { availableSlotIds: ['tue', 'thu'] }),
      person('p3', { availableSlotIds: ['thu'] }),
      person('p4', { availableSlotIds: ['tue'] }),
    ];
    const result = run(input(pool));
    expect(result.groups).toHaveLength(1);
    expect(result.groups[0]!.slotId).toBe('tue');
    expect(result.leftOut.map((l) => l.id)).toEqual(['p3']);
  });

  it('does not match anyone sooner than their frequency allows', () => {
    const recent = person('p1', { lastSessionAt: '2026-11-20T10:00:00.000Z', frequencyWeeks: 4 });
    const result = run(input([recent, person('p2'), person('p3'), person('p4')]));
    expect(result.leftOut).toEqual([expect.objectContaining({ id: 'p1', reason: 'frequency' })]);
  });

  it('uses a later slot when only that one is far enough after the last session', () => {
    const pool = ['p1', 'p2', 'p3'].map((id) =>
      person(id, {
        availableSlotIds: ['tue', 'jan'],
        lastSessionAt: id === 'p1' ? '2026-11-20T10:00:00.000Z' : null,
      }),
    );
    const result = run(input(pool));
    expect(result.groups.map((g) => g.slotId)).toEqual(['jan']);
  });

  it('respects the monthly cap in the month of the round, not in the next month', () => {
    const full = { sessionsThisMonth: 2, lastSessionAt: '2026-10-01T10:00:00.000Z' };
    const december = run(input([person('p1', full), person('p2'), person('p3'), person('p4')]));
    expect(december.leftOut).toEqual([
      expect.objectContaining({ id: 'p1', reason: 'cap-reached' }),
    ]);
    const january = ['p1', 'p2', 'p3'].map((id) =>
      person(id, { availableSlotIds: ['jan'], ...(id === 'p1' ? full : {}) }),
    );
    expect(run(input(january)).stats.matched).toBe(3);
  });

  it('puts a case owner in the group of their case, as case owner, one case per group', () => {
    const pool = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'].map((id) => person(id));
    const cases = [
      { id: 'c1', ownerId: 'p3', topic: 'schuldhulpverlening' },
      { id: 'c2', ownerId: 'p5', topic: 'schuldhulpverlening' },
      { id: 'c3', ownerId: 'p1', topic: 'jeugdhulp' },
    ];
    const result = run(input(pool, { cases }));
    expect(result.groups).toHaveLength(2);
    for (const group of result.groups) {
      const owner = cases.find((c) => c.id === group.caseId)!;
      expect(group.members).toContainEqual({ id: owner.ownerId, role: 'case-owner' });
      expect(owner.topic).toBe(group.topic);
    }
    expect(result.groups.map((g) => g.caseId).sort()).toEqual(['c1', 'c2']);
  });

  it('keeps group sizes within the bounds and absorbs odd numbers', () => {
    for (const size of [3, 4, 5, 6, 7, 8, 9, 11, 13]) {
      const pool = Array.from({ length: size }, (_, i) => person(`p${i + 1}`));
      const result = run(input(pool));
      expect(result.stats.matched).toBe(size);
      for (const group of result.groups) expect(group.members.length).toBeGreaterThanOrEqual(3);
      for (const group of result.groups) expect(group.members.length).toBeLessThanOrEqual(5);
    }
  });

  it('honours other group size bounds', () => {
    const pool = Array.from({ length: 10 }, (_, i) => person(`p${i + 1}`));
    const result = run(input(pool, { settings: { groupSizeMin: 4, groupSizeMax: 6 } }));
    expect(result.stats.matched).toBe(10);
    for (const group of result.groups) expect(group.members.length).toBeGreaterThanOrEqual(4);
    for (const group of result.groups) expect(group.members.length).toBeLessThanOrEqual(6);
  });
});
