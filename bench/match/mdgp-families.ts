import type { MdgpInstance } from '@ods/server/core/matcher/mdgp';
import { createRandom } from '@ods/server/core/matcher/random';

export type Family = 'RanReal' | 'RanInt' | 'Geo';
export type BoundType = 'ss' | 'ds';

/**
 * Instances generated after the rules of MDGPLIB's families (Gallego et al. 2013): RanReal,
 * uniform real distances in [0, 100); RanInt, uniform integers in [0, 100]; Geo, Euclidean
 * distances between points with 2 to 21 random coordinates in [0, 10]. m = n/10 groups;
 * `ss`: every group exactly n/m; `ds`: every group between n/m − 2 and n/m + 2 (the
 * MDGPLIB `ds` files also give every group the same bounds). The seed fixes the instance.
 */
export function familyInstance(
  family: Family,
  type: BoundType,
  n: number,
  seed: number,
  m = Math.max(2, Math.round(n / 10)),
): MdgpInstance {
  const random = createRandom(seed * 7919 + n);
  const distances = new Float64Array(n * n);
  const set = (i: number, j: number, value: number): void => {
    distances[i * n + j] = distances[j * n + i] = value;
  };
  if (family === 'Geo') {
    const dims = 2 + random.int(20);
    const points = Array.from({ length: n }, () =>
      Array.from({ length: dims }, () => random.float() * 10),
    );
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let sum = 0;
        for (let k = 0; k < dims; k++) sum += (points[i]![k]! - points[j]![k]!) ** 2;
        set(i, j, Math.round(Math.sqrt(sum) * 1e6) / 1e6);
      }
    }
  } else {
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        set(i, j, family === 'RanInt' ? random.int(101) : Math.floor(random.float() * 1e4) / 100);
      }
    }
  }
  const size = n / m;
  const lower = Array<number>(m).fill(
    type === 'ss' ? Math.floor(size) : Math.max(1, Math.floor(size) - 2),
  );
  const upper = Array<number>(m).fill(type === 'ss' ? Math.ceil(size) : Math.ceil(size) + 2);
  return { n, m, distances, lower, upper };
}
