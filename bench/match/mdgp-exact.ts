// Small generated MDGP instances (n ≤ 12): the proven optimum by enumerating every grouping,
// against what each solver finds with a fixed budget. Prints one JSON line per instance.
// Usage: node match/mdgp-exact.ts
import { mdgpObjective, solveMdgp, type MdgpInstance } from '@ods/server/core/matcher/mdgp';
import { solveMdgpMemetic } from '@ods/server/core/matcher/mdgp-memetic';
import { familyInstance, type BoundType, type Family } from './mdgp-families.ts';
import { solveMdgpMemeticPrevious } from './mdgp-memetic-previous.ts';

/** Every grouping once (group labels in order of first use), keeping the best that fits. */
function optimum(instance: MdgpInstance): number {
  const { n, m, lower, upper, distances } = instance;
  const groupOf = new Int32Array(n);
  const size = new Int32Array(m);
  let best = -Infinity;
  const visit = (i: number, used: number, value: number): void => {
    if (i === n) {
      for (let g = 0; g < m; g++) if (size[g]! < lower[g]!) return;
      if (value > best) best = value;
      return;
    }
    for (let g = 0; g < Math.min(m, used + 1); g++) {
      if (size[g]! >= upper[g]!) continue;
      let gain = 0;
      for (let k = 0; k < i; k++) if (groupOf[k] === g) gain += distances[i * n + k]!;
      groupOf[i] = g;
      size[g]!++;
      visit(i + 1, Math.max(used, g + 1), value + gain);
      size[g]!--;
    }
  };
  visit(0, 0, 0);
  return best;
}

for (const family of ['RanReal', 'RanInt', 'Geo'] as Family[]) {
  for (const type of ['ss', 'ds'] as BoundType[]) {
    for (const [n, m] of [
      [10, 2],
      [12, 3],
      [12, 4],
    ] as const) {
      const instance = familyInstance(family, type, n, 1, m);
      const started = performance.now();
      const proven = optimum(instance);
      const enumerationMs = Math.round(performance.now() - started);
      const options = { seed: 1, iterationBudget: 2_000_000 };
      const memetic = solveMdgpMemetic(instance, options);
      const previous = solveMdgpMemeticPrevious(instance, options);
      const ils = solveMdgp(instance, options);
      console.log(
        JSON.stringify({
          family,
          type,
          n,
          m,
          bounds: `${instance.lower[0]}..${instance.upper[0]}`,
          optimum: proven,
          enumerationMs,
          memetic: mdgpObjective(instance, memetic.groupOf),
          previous: mdgpObjective(instance, previous.groupOf),
          ils: ils.objective,
        }),
      );
    }
  }
}
