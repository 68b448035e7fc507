import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadMunicipalities, loadTopics } from '@ods/db/reference-data';
import { generatePopulation } from '../population/generate-population.ts';
import { generateSlots } from '../population/generate-slots.ts';
import { buildGroupsAndLeftOut } from './build-result.ts';
import { constructiveState, matchRound } from './match-round.ts';
import { createRandom } from './random.ts';
import { matchSettings } from './settings.ts';
import { SoftAssignment } from './soft-search.ts';
import { NOW } from './test-fixtures.ts';
import type { MatchInput } from './types.ts';
import { validateResult } from './validate.ts';

const municipalities = loadMunicipalities();
// Three topics, so that groups share topics and slots and most tried changes are feasible.
const topics = loadTopics()
  .slice(0, 3)
  .map((t) => ({ slug: t.slug, nameNl: t.nameNl, nameEn: t.nameEn }));
const slots = generateSlots({
  firstDay: '2026-12-07',
  days: 5,
  times: ['09:30', '14:00'],
  lengthMinutes: 60,
});

function roundInput(size: number, seed: number, min = 3, max = 5): MatchInput {
  const population = generatePopulation({
    size,
    seed,
    now: NOW,
    municipalities,
    topicSlugs: topics.map((t) => t.slug),
    slots,
  });
  return {
    ...population,
    slots,
    topics,
    settings: matchSettings(
      { now: NOW, seed, poolSize: size },
      { groupSizeMin: min, groupSizeMax: max },
    ),
  };
}

/** One change tried on the assignment: a move into a group, or a swap with a person. */
const changeArb = fc.record({
  kind: fc.constantFrom('move', 'swap'),
  who: fc.nat(),
  target: fc.nat(),
});

describe('soft search (incremental evaluation on flat arrays)', () => {
  it('evaluates every move and swap exactly as a full re-score, and keeps every hard rule', () => {
    let appliedInAll = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 20, max: 300 }),
        fc.integer(),
        fc.integer({ min: 2, max: 4 }),
        fc.integer({ min: 0, max: 3 }),
        fc.array(changeArb, { minLength: 50, maxLength: 400, size: 'max' }),
        (size, seed, min, extra, changes) => {
          const input = roundInput(size, seed, min, min + extra);
          const state = constructiveState(input);
          if (state.groups.length === 0) return;
          const assignment = new SoftAssignment(state);
          const people = Array.from(state.model.order);
          const random = createRandom(seed);
          let applied = 0;
          for (const change of changes) {
            const p = people[change.who % people.length]!;
            const before = assignment.objective();
            let delta: number;
            // A group of one of p's topics and slots, so that changes are often feasible.
            const g = assignment.randomGroupFor(p, random);
            if (g < 0) continue;
            if (change.kind === 'move') {
              delta = assignment.moveDelta(p, g);
              if (Number.isNaN(delta)) continue;
              assignment.applyMove(p, g);
            } else {
              const a =
                assignment.members[g * assignment.width + (change.target % assignment.size[g]!)]!;
              delta = assignment.swapDelta(p, a);
              if (Number.isNaN(delta)) continue;
              assignment.applySwap(p, a);
            }
            applied++;
            let full = 0;
            for (let g = 0; g < assignment.groupCount; g++) {
              const rescored = assignment.fullScore(g);
              expect(assignment.score[g]).toBe(rescored);
              full += rescored;
            }
            expect(full).toBeCloseTo(before + delta, 6);
          }
          assignment.writeBack();
          const result = buildGroupsAndLeftOut(state);
          expect(validateResult(input, result)).toEqual([]);
          appliedInAll += applied;
        },
      ),
      { numRuns: 40 },
    );
    // The property is only worth something when changes were actually made.
    expect(appliedInAll).toBeGreaterThan(200);
  });

  it('gives feasible results with either search engine, and the same result for the same seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer(), (size, seed) => {
        const input = roundInput(size, seed);
        for (const searchEngine of ['descent', 'random-moves'] as const) {
          const engineInput = { ...input, settings: { ...input.settings, searchEngine } };
          const result = matchRound(engineInput);
          expect(validateResult(engineInput, result)).toEqual([]);
          expect(matchRound(structuredClone(engineInput))).toEqual(result);
        }
      }),
      { numRuns: 15 },
    );
  });

  it('does not end below its constructive start', () => {
    const input = roundInput(600, 7);
    const result = matchRound(input);
    expect(result.stats.objective.total).toBeGreaterThanOrEqual(
      result.stats.constructiveObjective - 1e-6,
    );
  });
});
