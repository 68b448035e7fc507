// One random MDGP instance in its own process: the best objective after 1, 5 and 20 s, and
// the mean objective of random assignments for scale. Prints one JSON line.
// Usage: node match/mdgp-run.ts <n> [seconds=20]
import { mdgpObjective, solveMdgp, type MdgpInstance } from '@ods/server/core/matcher/mdgp';
import { createRandom } from '@ods/server/core/matcher/random';

const n = Number(process.argv[2] ?? 120);
const seconds = Number(process.argv[3] ?? 20);
const m = n / 10;

/** Uniform distances in [0, 100) with two decimals, like the RanReal family; groups of 10. */
function randomInstance(): MdgpInstance {
  const random = createRandom(n);
  const distances = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      distances[i * n + j] = distances[j * n + i] = Math.floor(random.float() * 10000) / 100;
    }
  }
  return { n, m, distances, lower: Array<number>(m).fill(10), upper: Array<number>(m).fill(10) };
}

const instance = randomInstance();
const random = createRandom(1);
let randomSum = 0;
for (let k = 0; k < 20; k++) {
  const order = random.shuffle(Array.from({ length: n }, (_, i) => i));
  const groupOf = new Int32Array(n);
  order.forEach((element, position) => (groupOf[element] = Math.floor(position / 10)));
  randomSum += mdgpObjective(instance, groupOf);
}
const solution = solveMdgp(instance, {
  seed: 1,
  iterationBudget: Number.POSITIVE_INFINITY,
  deadline: { clock: () => performance.now(), maxMs: seconds * 1000 },
});
const bestBy = (ms: number): number =>
  solution.trace.filter((point) => point.ms <= ms).at(-1)?.objective ?? Number.NaN;
console.log(
  JSON.stringify({
    n,
    m,
    randomMean: randomSum / 20,
    after1s: bestBy(1000),
    after5s: bestBy(5000),
    after20s: bestBy(seconds * 1000),
    final: solution.objective,
    evaluations: solution.iterations,
    firstTraceMs: Math.round(solution.trace[0]?.ms ?? 0),
  }),
);
