import { describe, expect, it } from 'vitest';
import { ProposalCache } from './proposal-cache.ts';
import type { StoredProposal } from './round-proposal.ts';

const proposal = (groups: number): StoredProposal => ({
  groups: Array.from({ length: groups }, () => ({
    topic: { slug: 'x', name: { nl: 'x', en: 'x' } },
    startsAt: '2026-12-01T09:00:00.000Z',
    endsAt: '2026-12-01T10:00:00.000Z',
    caseId: null,
    explanation: { nl: '', en: '' },
    members: [],
  })),
  leftOut: [],
  stats: {
    poolSize: 0,
    eligible: 0,
    matched: 0,
    leftOut: 0,
    groups,
    slots: 0,
    iterations: 0,
    stoppedBy: 'budget',
  },
});
const at = (version: number, state = 'proposed', committed_at: string | null = null) => ({
  version,
  state,
  committed_at,
});

describe('the cache of parsed proposals', () => {
  it('answers only for the stamp it was read with: a new version or a commit is a miss', () => {
    const cache = new ProposalCache(1000);
    cache.set('a', at(0), 'x'.repeat(10), proposal(1));
    expect(cache.get('a', at(0))?.groups).toHaveLength(1);
    expect(cache.get('a', at(1))).toBeUndefined();
    // A miss forgets the old entry, so going back to the old stamp does not bring it back.
    expect(cache.get('a', at(0))).toBeUndefined();
    cache.set('a', at(1), 'x'.repeat(10), proposal(2));
    expect(cache.get('a', at(1, 'committed', '2026-12-01T00:00:00.000Z'))).toBeUndefined();
  });

  it('keeps at most its size in stored characters, the least recently read going first', () => {
    const cache = new ProposalCache(100);
    cache.set('a', at(0), 'x'.repeat(40), proposal(1));
    cache.set('b', at(0), 'x'.repeat(40), proposal(1));
    expect(cache.get('a', at(0))).toBeDefined();
    cache.set('c', at(0), 'x'.repeat(40), proposal(1));
    expect(cache.get('b', at(0))).toBeUndefined();
    expect(cache.get('a', at(0))).toBeDefined();
    expect(cache.get('c', at(0))).toBeDefined();
    // Larger than the whole cache: answered, not kept.
    expect(cache.set('d', at(0), 'x'.repeat(101), proposal(3)).groups).toHaveLength(3);
    expect(cache.get('d', at(0))).toBeUndefined();
  });

  it('hands out frozen proposals, so no caller can change what later reads see', () => {
    const cache = new ProposalCache(1000);
    const kept = cache.set('a', at(0), 'x', proposal(1));
    expect(() => {
      (kept.groups[0]!.explanation as { nl: string }).nl = 'changed';
    }).toThrow(TypeError);
    expect(() => kept.groups.push(kept.groups[0]!)).toThrow(TypeError);
  });

  it('reads a missing proposal once for callers that ask at the same time', async () => {
    const cache = new ProposalCache(1000);
    let reads = 0;
    const load = async () => {
      reads += 1;
      await new Promise((resolve) => setTimeout(resolve, 10));
      return cache.set('a', at(0), 'x', proposal(2));
    };
    const answers = await Promise.all(Array.from({ length: 20 }, () => cache.once('a', load)));
    expect(reads).toBe(1);
    expect(new Set(answers).size).toBe(1);
    // Once settled, the next miss reads again; a failed read is not kept either.
    await cache.once('a', load);
    expect(reads).toBe(2);
    await expect(cache.once('b', () => Promise.reject(new Error('gone')))).rejects.toThrow('gone');
    expect(await cache.once('b', async () => 'read')).toBe('read');
  });
});
