import type { MdgpInstance } from './mdgp.ts';

/** A saved MoveState, so a population member can be resumed without recomputing its sums. */
export class MoveSnapshot {
  readonly groupOf: Int32Array;
  readonly size: Int32Array;
  readonly toGroup: Float64Array;
  objective = -Infinity;

  constructor(n: number, m: number) {
    this.groupOf = new Int32Array(n);
    this.size = new Int32Array(m);
    this.toGroup = new Float64Array(n * m);
  }
}

/**
 * An MDGP assignment with what makes every neighbour's value O(1): group sizes and, per
 * element, its distance sum to each group (`toGroup[i * m + g]`). A one-move of i to g gains
 * toGroup[i,g] − toGroup[i,own]; a swap of i and j gains the two one-move gains minus 2·d(i,j).
 * Applying a move costs O(n) (every element's sums to the two groups change). Flat typed
 * arrays only: the search loops allocate nothing.
 */
export class MoveState {
  readonly n: number;
  readonly m: number;
  readonly d: Float64Array;
  readonly lower: Int32Array;
  readonly upper: Int32Array;
  readonly groupOf: Int32Array;
  readonly size: Int32Array;
  readonly toGroup: Float64Array;
  objective = 0;

  constructor(instance: MdgpInstance) {
    this.n = instance.n;
    this.m = instance.m;
    this.d = instance.distances;
    this.lower = Int32Array.from(instance.lower);
    this.upper = Int32Array.from(instance.upper);
    this.groupOf = new Int32Array(this.n);
    this.size = new Int32Array(this.m);
    this.toGroup = new Float64Array(this.n * this.m);
  }

  /** Takes over an assignment and recomputes everything from scratch (O(n²)). */
  load(groupOf: Int32Array): void {
    const { n, m, d, toGroup, size } = this;
    this.groupOf.set(groupOf);
    size.fill(0);
    toGroup.fill(0);
    for (let i = 0; i < n; i++) {
      size[groupOf[i]!]!++;
      const row = i * n;
      for (let j = 0; j < n; j++) if (j !== i) toGroup[i * m + groupOf[j]!]! += d[row + j]!;
    }
    let twice = 0;
    for (let i = 0; i < n; i++) twice += toGroup[i * m + groupOf[i]!]!;
    this.objective = twice / 2;
  }

  /** Copies the whole state (assignment, sizes, sums, objective) into `into`: O(n·m), no O(n²) reload. */
  save(into: MoveSnapshot): void {
    into.groupOf.set(this.groupOf);
    into.size.set(this.size);
    into.toGroup.set(this.toGroup);
    into.objective = this.objective;
  }

  /** Takes over a state saved by `save` (of the same instance). */
  restore(from: MoveSnapshot): void {
    this.groupOf.set(from.groupOf);
    this.size.set(from.size);
    this.toGroup.set(from.toGroup);
    this.objective = from.objective;
  }

  /** Gain of moving i to group g (sizes are the caller's to check). */
  moveDelta(i: number, g: number): number {
    const base = i * this.m;
    return this.toGroup[base + g]! - this.toGroup[base + this.groupOf[i]!]!;
  }

  /** Gain of swapping i and j (in different groups). */
  swapDelta(i: number, j: number): number {
    const { m, toGroup, groupOf } = this;
    const gi = groupOf[i]!;
    const gj = groupOf[j]!;
    return (
      toGroup[i * m + gj]! -
      toGroup[i * m + gi]! +
      toGroup[j * m + gi]! -
      toGroup[j * m + gj]! -
      2 * this.d[i * this.n + j]!
    );
  }

  /** True when i may leave its group for g without breaking a bound. */
  canMove(i: number, g: number): boolean {
    const a = this.groupOf[i]!;
    return a !== g && this.size[a]! > this.lower[a]! && this.size[g]! < this.upper[g]!;
  }

  applyMove(i: number, g: number): void {
    const { n, m, d, toGroup, groupOf } = this;
    const a = groupOf[i]!;
    this.objective += toGroup[i * m + g]! - toGroup[i * m + a]!;
    const row = i * n;
    for (let k = 0; k < n; k++) {
      if (k === i) continue;
      const dk = d[row + k]!;
      toGroup[k * m + a]! -= dk;
      toGroup[k * m + g]! += dk;
    }
    this.size[a]!--;
    this.size[g]!++;
    groupOf[i] = g;
  }

  applySwap(i: number, j: number): void {
    const gi = this.groupOf[i]!;
    const gj = this.groupOf[j]!;
    // Through an intermediate that may exceed a bound for a moment; the end state keeps sizes.
    this.applyMove(i, gj);
    this.applyMove(j, gi);
  }

  /** The objective recomputed from the assignment alone, for checks. */
  rescore(): number {
    const { n, d, groupOf } = this;
    let total = 0;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) if (groupOf[i] === groupOf[j]) total += d[i * n + j]!;
    }
    return total;
  }

  /** True when every group is within its bounds. */
  feasible(): boolean {
    for (let g = 0; g < this.m; g++) {
      if (this.size[g]! < this.lower[g]! || this.size[g]! > this.upper[g]!) return false;
    }
    return true;
  }
}
