import { describe, expect, it } from 'vitest';
import { matchRound } from '../../core/matcher/match-round.ts';
import { input, person } from '../../core/matcher/test-fixtures.ts';
import { matchInWorker } from './match-in-worker.ts';

/** Forty people over two topics and three slots, with history, cases and avoidances. */
function pool() {
  return Array.from({ length: 40 }, (_, k) =>
    person(`p${k + 1}`, {
      topics: [
        {
          slug: k % 3 === 0 ? 'jeugdhulp' : 'schuldhulpverlening',
          level: k % 2 ? 'ervaren' : 'wil-leren',
        },
      ],
      availableSlotIds: k % 4 === 0 ? ['thu', 'jan'] : ['tue', 'thu'],
      municipalityCode: `GM-${k % 17}`,
      metBefore:
        k > 0 ? [{ personId: `p${k}`, count: 1, lastMetAt: '2026-10-01T10:00:00.000Z' }] : [],
      avoidOrganisationIds: k % 9 === 0 ? ['org-p2'] : [],
    }),
  );
}

describe('the matcher in a worker thread', () => {
  it('gives exactly the groups of the same seed and budget in this thread', async () => {
    for (const seed of [1, 2]) {
      const data = input(pool(), { settings: { seed, iterationBudget: 20_000 } });
      const phases: string[] = [];
      const inWorker = await matchInWorker(data, (p) => phases.push(p.phase));
      expect(inWorker).toEqual(matchRound(data));
      expect(phases.slice(0, 3)).toEqual(['model', 'construct', 'search']);
      expect(phases.at(-1)).toBe('result');
    }
  });

  it('stops at once when cancelled, and refuses to start when already cancelled', async () => {
    const data = input(pool(), { settings: { iterationBudget: 1e12 } });
    const controller = new AbortController();
    const running = matchInWorker(
      data,
      (p) => {
        if (p.phase === 'search') controller.abort();
      },
      { signal: controller.signal },
    );
    await expect(running).rejects.toMatchObject({ code: 'ROUND_CANCELLED' });
    await expect(
      matchInWorker(data, () => {}, { signal: controller.signal }),
    ).rejects.toMatchObject({ code: 'ROUND_CANCELLED' });
  });

  it('settles for its best at the deadline', async () => {
    const data = input(pool(), {
      settings: { iterationBudget: 1e12, deadline: { clock: () => performance.now(), maxMs: 300 } },
    });
    const result = await matchInWorker(data, () => {}, { graceMs: 60_000 });
    expect(result.stats.stoppedBy).toBe('deadline');
    expect(result.groups.length).toBeGreaterThan(0);
  });
});
