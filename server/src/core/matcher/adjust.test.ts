import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adjustProposal, shapeOfResult, type ProposalShape } from './adjust.ts';
import { evaluateGroups } from './evaluate.ts';
import { matchRound } from './match-round.ts';
import { input, person } from './test-fixtures.ts';
import type { MatchInput, MatchResult } from './types.ts';
import { validateResult } from './validate.ts';

/** Two groups of three on 'tue' and one person left out who fits either. */
function twoGroups(): { input: MatchInput; shape: ProposalShape } {
  const pool = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8'].map((id) => person(id));
  const group = (ids: string[]) => ({
    topic: 'schuldhulpverlening',
    slotId: 'tue',
    caseId: null,
    members: ids.map((id) => ({ id, role: 'member' as const })),
    locked: false,
  });
  return {
    input: input(pool, { settings: { groupSizeMin: 3, groupSizeMax: 4 } }),
    shape: {
      groups: [group(['p1', 'p2', 'p3']), group(['p4', 'p5', 'p6', 'p7'])],
      leftOut: ['p8'],
    },
  };
}

/** A result of the shape as validateResult reads it. */
function asResult(
  shape: ProposalShape,
  original: MatchResult,
): Pick<MatchResult, 'groups' | 'leftOut'> {
  const reasons = new Map(original.leftOut.map((p) => [p.id, p]));
  return {
    groups: shape.groups.map((g) => ({
      ...g,
      explanation: { nl: '', en: '' },
      score: { total: 0, parts: original.stats.objective.parts },
    })),
    leftOut: shape.leftOut.map(
      (id) => reasons.get(id) ?? { id, reason: 'no-group-fits', explanation: { nl: '', en: '' } },
    ),
  };
}

describe('adjustProposal', () => {
  it('moves a person to another group, with the new explanation and the score change', () => {
    const { input: data, shape } = twoGroups();
    const outcome = adjustProposal(data, shape, { kind: 'move', personId: 'p7', toGroup: 0 });
    expect(outcome.refusals).toEqual([]);
    expect(outcome.shape.groups[0]!.members.map((m) => m.id).sort()).toEqual([
      'p1',
      'p2',
      'p3',
      'p7',
    ]);
    expect(outcome.shape.groups[1]!.members.map((m) => m.id).sort()).toEqual(['p4', 'p5', 'p6']);
    expect(outcome.changed.map((c) => c.index)).toEqual([0, 1]);
    expect(outcome.changed[0]!.explanation.nl).toContain('4 gemeenten');
    const before = evaluateGroups(data, shape.groups);
    const after = evaluateGroups(data, outcome.shape.groups);
    expect(outcome.delta.total).toBeCloseTo(after.total - before.total, 9);
    expect(outcome.delta.parts.matched).toBe(0);
  });

  it('moves someone left out into a group: one more person matched', () => {
    const { input: data, shape } = twoGroups();
    const outcome = adjustProposal(data, shape, { kind: 'move', personId: 'p8', toGroup: 0 });
    expect(outcome.refusals).toEqual([]);
    expect(outcome.shape.leftOut).toEqual([]);
    expect(outcome.delta.parts.matched).toBe(1);
    expect(outcome.delta.total).toBeGreaterThan(0);
  });

  it('refuses a move that breaks a hard rule, naming the rule in Dutch', () => {
    const { input: data, shape } = twoGroups();
    data.pool[7] = person('p8', { municipalityCode: 'GM-p1' });
    const outcome = adjustProposal(data, shape, { kind: 'move', personId: 'p8', toGroup: 0 });
    expect(outcome.refusals.map((r) => r.rule)).toEqual(['same-municipality']);
    expect(outcome.refusals[0]!.message.nl).toMatch(/^Zelfde gemeente: in groep 1/);
  });

  it('refuses a move below the smallest group size and one into an unavailable slot', () => {
    const { input: data, shape } = twoGroups();
    const tooSmall = adjustProposal(data, shape, { kind: 'move', personId: 'p1', toGroup: 1 });
    expect(tooSmall.refusals.map((r) => [r.rule, r.group])).toEqual([
      ['group-size', 0],
      ['group-size', 1],
    ]);
    data.pool[7] = person('p8', { availableSlotIds: ['thu'] });
    const busy = adjustProposal(data, shape, { kind: 'move', personId: 'p8', toGroup: 0 });
    expect(busy.refusals.map((r) => r.rule)).toEqual(['slot']);
  });

  it('swaps two people, refuses a swap within a group and with someone left out', () => {
    const { input: data, shape } = twoGroups();
    const swap = adjustProposal(data, shape, { kind: 'swap', personId: 'p1', otherId: 'p4' });
    expect(swap.refusals).toEqual([]);
    expect(swap.shape.groups[0]!.members.map((m) => m.id).sort()).toEqual(['p2', 'p3', 'p4']);
    expect(swap.delta.parts.matched).toBe(0);
    const same = adjustProposal(data, shape, { kind: 'swap', personId: 'p1', otherId: 'p2' });
    expect(same.refusals.map((r) => r.rule)).toEqual(['same-group']);
    const out = adjustProposal(data, shape, { kind: 'swap', personId: 'p1', otherId: 'p8' });
    expect(out.refusals.map((r) => r.rule)).toEqual(['swap-left-out']);
  });

  it('locks a group; a locked group takes and gives nobody until unlocked', () => {
    const { input: data, shape } = twoGroups();
    const lock = adjustProposal(data, shape, { kind: 'lock', group: 1, locked: true });
    expect(lock.refusals).toEqual([]);
    expect(lock.shape.groups[1]!.locked).toBe(true);
    expect(lock.delta.total).toBe(0);
    const move = adjustProposal(data, lock.shape, { kind: 'move', personId: 'p7', toGroup: 0 });
    expect(move.refusals.map((r) => r.rule)).toEqual(['locked-group']);
    expect(move.refusals[0]!.message.nl).toContain('groep 2 is vastgezet');
    const unlocked = adjustProposal(data, lock.shape, { kind: 'lock', group: 1, locked: false });
    expect(
      adjustProposal(data, unlocked.shape, { kind: 'move', personId: 'p7', toGroup: 0 }).refusals,
    ).toEqual([]);
  });

  it('drops the case of a group whose case owner moves out, and assigns roles again', () => {
    const { input: data, shape } = twoGroups();
    data.cases = [{ id: 'c1', ownerId: 'p4', topic: 'schuldhulpverlening' }];
    shape.groups[1]!.caseId = 'c1';
    shape.groups[1]!.members[0]!.role = 'case-owner';
    const outcome = adjustProposal(data, shape, { kind: 'move', personId: 'p4', toGroup: 0 });
    expect(outcome.refusals).toEqual([]);
    expect(outcome.shape.groups[1]!.caseId).toBeNull();
    expect(outcome.shape.groups[0]!.members.filter((m) => m.role === 'case-owner')).toEqual([]);
    expect(outcome.shape.groups[0]!.members.filter((m) => m.role === 'facilitator')).toHaveLength(
      1,
    );
    expect(outcome.delta.parts.case).toBe(-1);
  });

  it('answers an unknown person or group with a refusal, not an exception', () => {
    const { input: data, shape } = twoGroups();
    expect(
      adjustProposal(data, shape, { kind: 'move', personId: 'nobody', toGroup: 0 }).refusals[0]!
        .rule,
    ).toBe('not-in-proposal');
    expect(
      adjustProposal(data, shape, { kind: 'move', personId: 'p1', toGroup: 9 }).refusals[0]!.rule,
    ).toBe('unknown-group');
    expect(
      adjustProposal(data, shape, { kind: 'lock', group: -1, locked: true }).refusals[0]!.rule,
    ).toBe('unknown-group');
  });
});

const MUNICIPALITIES = Array.from({ length: 30 }, (_, i) => `m${i}`);
const poolArb = fc.integer({ min: 6, max: 24 }).chain((size) =>
  fc.tuple(
    ...Array.from({ length: size }, (_, i) =>
      fc
        .record({
          municipality: fc.constantFrom(...MUNICIPALITIES),
          slots: fc.subarray(['tue', 'thu'], { minLength: 1 }),
          both: fc.boolean(),
          met: fc.array(fc.integer({ min: 0, max: size - 1 }), { maxLength: 2 }),
          sessions: fc.integer({ min: 0, max: 1 }),
        })
        .map(({ municipality, slots, both, met, sessions }) =>
          person(`p${i}`, {
            municipalityCode: municipality,
            availableSlotIds: slots,
            sessionsThisMonth: sessions,
            topics: both
              ? [
                  { slug: 'jeugdhulp', level: 'ervaren' },
                  { slug: 'schuldhulpverlening', level: i % 2 ? 'ervaren' : 'wil-leren' },
                ]
              : [{ slug: 'schuldhulpverlening', level: i % 3 ? 'wil-leren' : 'ervaren' }],
            metBefore: met.map((j) => ({
              personId: `p${j}`,
              count: 1,
              lastMetAt: '2026-10-01T10:00:00.000Z',
            })),
          }),
        ),
    ),
  ),
);

describe('adjustProposal (properties)', () => {
  it('keeps every accepted adjustment valid, and its delta equals a full re-score', () => {
    fc.assert(
      fc.property(
        poolArb,
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { minLength: 1, maxLength: 20 }),
        (pool, steps) => {
          const data = input(pool, {
            cases: [{ id: 'c0', ownerId: 'p0', topic: 'schuldhulpverlening' }],
            settings: { iterationBudget: 200 },
          });
          const result = matchRound(data);
          let shape = shapeOfResult(result);
          for (const [a, b, swap] of steps) {
            const everyone = [
              ...shape.groups.flatMap((g) => g.members.map((m) => m.id)),
              ...shape.leftOut,
            ];
            if (shape.groups.length === 0) return;
            const personId = everyone[a % everyone.length]!;
            const outcome = swap
              ? adjustProposal(data, shape, {
                  kind: 'swap',
                  personId,
                  otherId: everyone[b % everyone.length]!,
                })
              : adjustProposal(data, shape, {
                  kind: 'move',
                  personId,
                  toGroup: b % shape.groups.length,
                });
            if (outcome.refusals.length > 0) continue;
            expect(validateResult(data, asResult(outcome.shape, result))).toEqual([]);
            const before = evaluateGroups(data, shape.groups);
            const after = evaluateGroups(data, outcome.shape.groups);
            expect(outcome.delta.total).toBeCloseTo(after.total - before.total, 6);
            for (const name of Object.keys(after.parts) as (keyof typeof after.parts)[]) {
              expect(outcome.delta.parts[name]).toBeCloseTo(
                after.parts[name] - before.parts[name],
                6,
              );
            }
            shape = outcome.shape;
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('refuses every adjustment the independent validator would reject', () => {
    fc.assert(
      fc.property(poolArb, fc.nat(), fc.nat(), (pool, a, b) => {
        const data = input(pool, { settings: { iterationBudget: 100 } });
        const result = matchRound(data);
        const shape = shapeOfResult(result);
        if (shape.groups.length === 0) return;
        const everyone = [
          ...shape.groups.flatMap((g) => g.members.map((m) => m.id)),
          ...shape.leftOut,
        ];
        const personId = everyone[a % everyone.length]!;
        const toGroup = b % shape.groups.length;
        const outcome = adjustProposal(data, shape, { kind: 'move', personId, toGroup });
        if (outcome.refusals.some((r) => r.rule === 'same-group')) return;
        const valid = validateResult(data, asResult(outcome.shape, result)).length === 0;
        expect(outcome.refusals.length === 0).toBe(valid);
      }),
      { numRuns: 60 },
    );
  });
});
