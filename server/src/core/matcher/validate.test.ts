import { describe, expect, it } from 'vitest';
import { matchRound } from './match-round.ts';
import { input, person } from './test-fixtures.ts';
import type { MatchGroup, MatchResult, PoolPerson } from './types.ts';
import { validateResult, type HardRule } from './validate.ts';

const pool = ['p1', 'p2', 'p3', 'p4'].map((id) => person(id));
const base = input(pool, { cases: [{ id: 'c1', ownerId: 'p1', topic: 'schuldhulpverlening' }] });
const valid = matchRound(base);

/** The valid result with its single group changed, and the pool changed. */
function broken(group: Partial<MatchGroup>, people: Partial<PoolPerson>[] = []): HardRule[] {
  const changedPool = base.pool.map((p, i) => ({ ...p, ...people[i] }));
  const result: MatchResult = { ...valid, groups: [{ ...valid.groups[0]!, ...group }] };
  return validateResult({ ...base, pool: changedPool }, result).map((v) => v.rule);
}

describe('validateResult', () => {
  it('accepts the matcher result', () => {
    expect(valid.groups).toHaveLength(1);
    expect(validateResult(base, valid)).toEqual([]);
  });

  it('reports a group that is too small or too large', () => {
    expect(broken({ members: valid.groups[0]!.members.slice(0, 2) })).toContain('group-size');
  });

  it('reports unknown and duplicated people', () => {
    const members = valid.groups[0]!.members;
    expect(
      broken({ members: [...members.slice(0, 3), { id: 'ghost', role: 'member' }] }),
    ).toContain('unknown-person');
    expect(broken({ members: [...members.slice(0, 3), members[1]!] })).toContain('person-twice');
  });

  it('reports a member without the topic', () => {
    expect(broken({}, [{}, { topics: [{ slug: 'jeugdhulp', level: 'ervaren' }] }])).toContain(
      'topic',
    );
  });

  it('reports shared municipality, organisation and avoided organisations', () => {
    expect(broken({}, [{}, { municipalityCode: 'GM-p1' }])).toEqual(['same-municipality']);
    expect(broken({}, [{}, { organisationId: 'org-p1' }])).toEqual(['same-organisation']);
    expect(broken({}, [{}, { avoidOrganisationIds: ['org-p3'] }])).toEqual([
      'avoided-organisation',
    ]);
  });

  it('reports a slot that is unknown, past or not free for a member', () => {
    expect(broken({ slotId: 'nope' })).toEqual(['slot']);
    expect(broken({}, [{}, { availableSlotIds: [] }])).toEqual(['slot']);
    const past = { ...base, settings: { ...base.settings, now: '2027-02-01T00:00:00.000Z' } };
    expect(validateResult(past, valid).map((v) => v.rule)).toContain('slot');
  });

  it('reports frequency and monthly cap', () => {
    expect(broken({}, [{}, { lastSessionAt: '2026-11-25T10:00:00.000Z' }])).toEqual(['frequency']);
    expect(broken({}, [{}, { sessionsThisMonth: 2 }])).toEqual(['monthly-cap']);
  });

  it('reports case problems', () => {
    const members = valid.groups[0]!.members.map((m) => ({ ...m, role: 'member' as const }));
    expect(broken({ members })).toEqual(['case']);
    expect(broken({ caseId: 'unknown' })).toContain('case');
    expect(broken({ caseId: null })).toEqual(['case']);
  });

  it('reports someone left out silently or counted twice', () => {
    expect(validateResult(base, { ...valid, groups: [] }).map((v) => v.rule)).toContain(
      'not-accounted',
    );
    const explanation = { nl: '', en: '' };
    const twice = {
      ...valid,
      leftOut: [{ id: 'p1', reason: 'no-group-fits' as const, explanation }],
    };
    expect(validateResult(base, twice).map((v) => v.rule)).toContain('not-accounted');
  });
});
