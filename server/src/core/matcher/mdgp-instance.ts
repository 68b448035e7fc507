import type { MdgpInstance } from './mdgp.ts';

/** A malformed instance or solution file; `line` is 1-based (0 when it concerns the whole file). */
export class MdgpFormatError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(line > 0 ? `line ${line}: ${message}` : message);
    this.name = 'MdgpFormatError';
    this.line = line;
  }
}

const INTEGER = /^\d+$/;
/** A plain decimal number (optionally with exponent); no hex, no Infinity, no NaN. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

interface Line {
  number: number;
  tokens: string[];
}

function contentLines(text: string): Line[] {
  return text
    .split(/\r?\n/)
    .map((raw, k) => ({ number: k + 1, tokens: raw.trim().split(/\s+/).filter(Boolean) }))
    .filter((line) => line.tokens.length > 0);
}

function readBounds(header: Line, n: number, m: number): { lower: number[]; upper: number[] } {
  const rest = header.tokens.slice(2);
  if (rest.length === 0) {
    return {
      lower: Array<number>(m).fill(Math.floor(n / m)),
      upper: Array<number>(m).fill(Math.ceil(n / m)),
    };
  }
  const type = rest[0];
  if (type !== 'ss' && type !== 'ds') {
    throw new MdgpFormatError(header.number, `expected 'ss' or 'ds' after n and m, got '${type}'`);
  }
  const numbers = rest.slice(1);
  if (numbers.length !== 2 * m) {
    throw new MdgpFormatError(
      header.number,
      `${numbers.length} bounds for m = ${m} groups; expected ${2 * m} (a lower and an upper bound per group)`,
    );
  }
  const bad = numbers.find((token) => !INTEGER.test(token));
  if (bad !== undefined) {
    throw new MdgpFormatError(header.number, `bound '${bad}' is not a non-negative integer`);
  }
  const lower: number[] = [];
  const upper: number[] = [];
  for (let g = 0; g < m; g++) {
    const a = Number(numbers[2 * g]);
    const b = Number(numbers[2 * g + 1]);
    if (a > b) {
      throw new MdgpFormatError(header.number, `group ${g}: lower bound ${a} > upper bound ${b}`);
    }
    if (b < 1) throw new MdgpFormatError(header.number, `group ${g}: upper bound must be ≥ 1`);
    lower.push(a);
    upper.push(b);
  }
  if (type === 'ss' && lower.some((a, g) => a !== lower[0] || upper[g] !== upper[0])) {
    throw new MdgpFormatError(header.number, `type 'ss' needs the same bounds for every group`);
  }
  const sumLower = lower.reduce((s, a) => s + a, 0);
  const sumUpper = upper.reduce((s, b) => s + b, 0);
  if (n < sumLower || n > sumUpper) {
    throw new MdgpFormatError(
      header.number,
      `no grouping of n = ${n} meets the bounds (they allow ${sumLower}..${sumUpper} elements)`,
    );
  }
  return { lower, upper };
}

/**
 * Reads an MDGP instance strictly: a first line `n m`, optionally followed (as in the RanReal,
 * RanInt and Geo files of MDGPLIB) by the type `ss`/`ds` and the bounds `a1 b1 … am bm` of each
 * group; then exactly one line `i j d` per unordered pair (n(n−1)/2 lines). Indices are 0-based
 * as in MDGPLIB; a file without index 0 is read as 1-based. Distances are non-negative decimals.
 * Anything else (truncated file, wrong counts, bounds that do not match m or no grouping meets,
 * a repeated pair, an index out of range) throws an MdgpFormatError naming the line, because a
 * silently misread instance gives a wrong objective that looks right.
 * Without bounds, groups get sizes ⌊n/m⌋..⌈n/m⌉.
 */
export function parseMdgpInstance(text: string): MdgpInstance {
  const lines = contentLines(text);
  const header = lines[0];
  if (!header) throw new MdgpFormatError(0, 'the file is empty');
  const [nToken = '', mToken = ''] = header.tokens;
  if (!INTEGER.test(nToken) || !INTEGER.test(mToken)) {
    throw new MdgpFormatError(header.number, 'must start with n (elements) and m (groups)');
  }
  const n = Number(nToken);
  const m = Number(mToken);
  if (n < 2 || m < 1 || m > n) {
    throw new MdgpFormatError(header.number, `need n ≥ 2 and 1 ≤ m ≤ n, got n = ${n}, m = ${m}`);
  }
  const { lower, upper } = readBounds(header, n, m);

  const pairs = lines.slice(1);
  const expected = (n * (n - 1)) / 2;
  for (const line of pairs) {
    if (line.tokens.length !== 3) {
      throw new MdgpFormatError(line.number, `expected 'i j d', got ${line.tokens.length} values`);
    }
    const [i = '', j = ''] = line.tokens;
    if (!INTEGER.test(i) || !INTEGER.test(j)) {
      throw new MdgpFormatError(line.number, `indices must be non-negative integers`);
    }
  }
  const oneBased = !pairs.some((line) => line.tokens[0] === '0' || line.tokens[1] === '0');
  const shift = oneBased ? 1 : 0;
  const distances = new Float64Array(n * n);
  const seen = new Uint8Array(n * n);
  for (const line of pairs) {
    const [rawI = '', rawJ = '', rawD = ''] = line.tokens;
    const i = Number(rawI) - shift;
    const j = Number(rawJ) - shift;
    for (const [raw, index] of [
      [rawI, i],
      [rawJ, j],
    ] as const) {
      if (index >= n) {
        throw new MdgpFormatError(
          line.number,
          `index ${raw} is out of range for n = ${n} (${oneBased ? `1..${n}` : `0..${n - 1}`})`,
        );
      }
    }
    if (i === j)
      throw new MdgpFormatError(line.number, `a pair needs two elements, got ${rawI} twice`);
    if (!DECIMAL.test(rawD)) {
      throw new MdgpFormatError(line.number, `distance '${rawD}' is not a number`);
    }
    const d = Number(rawD);
    if (d < 0) throw new MdgpFormatError(line.number, `distance ${rawD} is negative`);
    if (seen[i * n + j]) {
      throw new MdgpFormatError(line.number, `pair ${rawI} ${rawJ} appears a second time`);
    }
    seen[i * n + j] = seen[j * n + i] = 1;
    distances[i * n + j] = d;
    distances[j * n + i] = d;
  }
  if (pairs.length !== expected) {
    const last = lines.at(-1)!.number;
    let missing = '';
    for (let i = 0; i < n && !missing; i++) {
      for (let j = i + 1; j < n && !missing; j++) {
        if (!seen[i * n + j]) missing = `${i + shift} ${j + shift}`;
      }
    }
    throw new MdgpFormatError(
      last,
      `the file ends after ${pairs.length} distance lines; n = ${n} needs ${expected} (truncated? first missing pair: ${missing})`,
    );
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

/**
 * A solution file: comment lines starting with '#', then one line per element (0-based, in
 * order) with its group (0-based). Anyone can re-score it against the instance with
 * `mdgp-cli.ts --score <instance> <solution>`, or by hand.
 */
export function formatMdgpSolution(
  instance: MdgpInstance,
  groupOf: Int32Array,
  comment: string[],
): string {
  const lines = [
    ...comment.map((c) => `# ${c}`),
    `# ${instance.n} lines follow: the group (0..${instance.m - 1}) of element 0, 1, …`,
  ];
  for (let i = 0; i < instance.n; i++) lines.push(String(groupOf[i]));
  return lines.join('\n') + '\n';
}

/** Reads a solution file for an instance and checks it is a feasible grouping. */
export function parseMdgpSolution(instance: MdgpInstance, text: string): Int32Array {
  const { n, m, lower, upper } = instance;
  const lines = contentLines(text).filter((line) => !line.tokens[0]!.startsWith('#'));
  const groupOf = new Int32Array(n);
  const size = new Int32Array(m);
  lines.forEach((line, i) => {
    if (i >= n) {
      throw new MdgpFormatError(line.number, `more than n = ${n} elements`);
    }
    const token = line.tokens[0]!;
    if (line.tokens.length !== 1 || !INTEGER.test(token) || Number(token) >= m) {
      throw new MdgpFormatError(line.number, `expected a group 0..${m - 1} for element ${i}`);
    }
    groupOf[i] = Number(token);
    size[groupOf[i]]!++;
  });
  if (lines.length < n) {
    throw new MdgpFormatError(0, `the solution names ${lines.length} of the n = ${n} elements`);
  }
  for (let g = 0; g < m; g++) {
    if (size[g]! < lower[g]! || size[g]! > upper[g]!) {
      throw new MdgpFormatError(
        0,
        `group ${g} has ${size[g]} elements; its bounds are ${lower[g]}..${upper[g]}`,
      );
    }
  }
  return groupOf;
}
