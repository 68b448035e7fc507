import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';

/** A seeded pseudo-random source: the same seed gives the same sequence on any machine. */
export interface Random {
  /** Integer in [0, n). */
  int(n: number): number;
  /** Float in [0, 1). */
  float(): number;
  /** Shuffles in place (Fisher–Yates) and returns the array. */
  shuffle<T>(items: T[]): T[];
}

/** Murmur3's finaliser: spreads nearby seeds (0, 1, 2, …) over the whole 32-bit range. */
function scramble(seed: number): number {
  let h = seed | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** Creates a seeded generator (xoroshiro128+ from pure-rand). */
export function createRandom(seed: number): Random {
  const rng = xoroshiro128plus(scramble(seed));
  // xoroshiro's first outputs still echo a low-entropy seed; skip them.
  for (let i = 0; i < 16; i++) rng.next();
  const int = (n: number): number => (n <= 1 ? 0 : uniformInt(rng, 0, n - 1));
  return {
    int,
    float: () => uniformFloat64(rng),
    shuffle<T>(items: T[]): T[] {
      for (let i = items.length - 1; i > 0; i--) {
        const j = int(i + 1);
        const tmp = items[i] as T;
        items[i] = items[j] as T;
        items[j] = tmp;
      }
      return items;
    },
  };
}
