import type { MdgpInstance } from './mdgp.ts';

/**
 * Reads an MDGP instance: a first line `n m`, optionally followed (as in the RanReal, RanInt
 * and Geo files of MDGPLIB) by the type `ss`/`ds` and the bounds `a1 b1 … am bm` of each
 * group; then one line `i j d` per pair. Indices are 0-based as in MDGPLIB; 1-based files
 * (an index equal to n, none equal to 0) are shifted. Without bounds, groups get sizes
 * ⌊n/m⌋..⌈n/m⌉.
 */
export function parseMdgpInstance(text: string): MdgpInstance {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const header = (lines[0] ?? '').trim().split(/\s+/);
  const n = Number(header[0]);
  const m = Number(header[1]);
  if (!Number.isInteger(n) || !Number.isInteger(m) || n < 1 || m < 1) {
    throw new Error('The first line must start with the number of elements and of groups.');
  }
  const bounds = header
    .slice(2)
    .filter((token) => /^-?\d+$/.test(token))
    .map(Number);
  const lower: number[] = [];
  const upper: number[] = [];
  for (let g = 0; g < m; g++) {
    lower.push(bounds.length >= 2 * m ? bounds[2 * g]! : Math.floor(n / m));
    upper.push(bounds.length >= 2 * m ? bounds[2 * g + 1]! : Math.ceil(n / m));
  }
  const triples = lines.slice(1).map((line) => line.trim().split(/\s+/).map(Number));
  const oneBased =
    triples.some((t) => t[0] === n || t[1] === n) && !triples.some((t) => t[0] === 0 || t[1] === 0);
  const distances = new Float64Array(n * n);
  for (const [rawI, rawJ, d] of triples) {
    const i = (rawI ?? NaN) - (oneBased ? 1 : 0);
    const j = (rawJ ?? NaN) - (oneBased ? 1 : 0);
    if (!(i >= 0 && i < n && j >= 0 && j < n) || d === undefined || Number.isNaN(d)) {
      throw new Error(`Bad distance line: ${rawI} ${rawJ} ${d}`);
    }
    distances[i * n + j] = d;
    distances[j * n + i] = d;
  }
  return { n, m, distances, lower, upper };
}

/** Writes an instance in the MDGPLIB layout (with `ds` bounds), for round trips and benches. */
export function formatMdgpInstance(instance: MdgpInstance): string {
  const { n, m, distances, lower, upper } = instance;
  const bounds = lower.map((a, g) => `${a} ${upper[g]}`).join(' ');
  const lines = [`${n} ${m} ds ${bounds}`];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) lines.push(`${i} ${j} ${distances[i * n + j]}`);
  }
  return lines.join('\n') + '\n';
}
