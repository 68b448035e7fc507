import type { PoolPerson } from './types.ts';

const DAY_MS = 24 * 3600 * 1000;

/**
 * Who knows whom, per person as a sorted row (compressed sparse rows): the familiarity of
 * the pair and whether either asked to spar with the other again. Rows are symmetric.
 */
export interface Relations {
  start: Int32Array;
  other: Int32Array;
  familiarity: Float64Array;
  sparAgain: Uint8Array;
}

/**
 * Familiarity of one remembered meeting record: recent meetings weigh more (halved after
 * 90 days), repeated meetings add half each up to five. Only arithmetic, so the value is
 * bit-identical on every machine.
 */
export function familiarityOf(count: number, lastMetMs: number, nowMs: number): number {
  const ageDays = Math.max(0, (nowMs - lastMetMs) / DAY_MS);
  const recency = 1 / (1 + ageDays / 90);
  return recency * (1 + 0.5 * (Math.min(Math.max(count, 1), 5) - 1));
}

/** Builds symmetric relation rows from both sides' memories; unknown ids are ignored. */
export function buildRelations(
  pool: PoolPerson[],
  indexOf: Map<string, number>,
  nowMs: number,
): Relations {
  const from: number[] = [];
  const to: number[] = [];
  const fam: number[] = [];
  const spar: number[] = [];
  const add = (a: number, b: number, f: number, s: number): void => {
    from.push(a, b);
    to.push(b, a);
    fam.push(f, f);
    spar.push(s, s);
  };
  pool.forEach((person, i) => {
    for (const met of person.metBefore) {
      const j = indexOf.get(met.personId);
      if (j !== undefined && j !== i)
        add(i, j, familiarityOf(met.count, Date.parse(met.lastMetAt), nowMs), 0);
    }
    for (const id of person.sparAgain) {
      const j = indexOf.get(id);
      if (j !== undefined && j !== i) add(i, j, 0, 1);
    }
  });
  return mergeRows(pool.length, from, to, fam, spar);
}

function mergeRows(
  n: number,
  from: number[],
  to: number[],
  fam: number[],
  spar: number[],
): Relations {
  const counts = new Int32Array(n + 1);
  for (const a of from) counts[a + 1]!++;
  for (let i = 0; i < n; i++) counts[i + 1]! += counts[i]!;
  const order = new Int32Array(from.length);
  const fill = counts.slice(0, n);
  from.forEach((a, e) => (order[fill[a]!++] = e));
  const start = new Int32Array(n + 1);
  const other: number[] = [];
  const familiarity: number[] = [];
  const sparAgain: number[] = [];
  for (let i = 0; i < n; i++) {
    const row = Array.from(order.subarray(counts[i], counts[i + 1])).sort(
      (x, y) => to[x]! - to[y]! || x - y,
    );
    for (const e of row) {
      const last = other.length - 1;
      if (last >= start[i]! && other[last] === to[e]) {
        familiarity[last] = Math.max(familiarity[last]!, fam[e]!);
        sparAgain[last] = sparAgain[last]! | spar[e]!;
      } else {
        other.push(to[e]!);
        familiarity.push(fam[e]!);
        sparAgain.push(spar[e]!);
      }
    }
    start[i + 1] = other.length;
  }
  return {
    start,
    other: Int32Array.from(other),
    familiarity: Float64Array.from(familiarity),
    sparAgain: Uint8Array.from(sparAgain),
  };
}

/** Position of the pair (a, b) in the relation arrays, or -1 when they never met. */
export function relationIndex(relations: Relations, a: number, b: number): number {
  let lo = relations.start[a]!;
  let hi = relations.start[a + 1]! - 1;
  const other = relations.other;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const value = other[mid]!;
    if (value === b) return mid;
    if (value < b) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
