import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mdgpObjective } from './mdgp.ts';
import {
  formatMdgpSolution,
  MdgpFormatError,
  parseMdgpInstance,
  parseMdgpSolution,
} from './mdgp-instance.ts';

const PAIRS = ['0 1 5', '0 2 1', '0 3 2', '1 2 4', '1 3 3', '2 3 6'];
const file = (header: string, pairs: string[] = PAIRS): string =>
  [header, ...pairs].join('\n') + '\n';

/** The error the reader throws for a text, so a test can check its line and message. */
function refusal(text: string): MdgpFormatError {
  try {
    parseMdgpInstance(text);
  } catch (error) {
    if (error instanceof MdgpFormatError) return error;
    throw error;
  }
  throw new Error('the reader accepted the file');
}

describe('the MDGP reader refuses malformed instances, naming the line', () => {
  it('accepts a well-formed file', () => {
    expect(parseMdgpInstance(file('4 2 ds 1 3 2 2')).upper).toEqual([3, 2]);
  });

  it('a truncated file', () => {
    const error = refusal(file('4 2 ss 2 2 2 2', PAIRS.slice(0, 4)));
    expect(error.line).toBe(5);
    expect(error.message).toContain('4 distance lines; n = 4 needs 6');
    expect(error.message).toContain('first missing pair: 1 3');
  });

  it('a line cut short and a pair given twice', () => {
    expect(refusal(file('4 2', [...PAIRS.slice(0, 5), '2 3'])).message).toBe(
      "line 7: expected 'i j d', got 2 values",
    );
    const twice = refusal(file('4 2', [...PAIRS.slice(0, 5), '1 0 7']));
    expect(twice.message).toBe('line 7: pair 1 0 appears a second time');
  });

  it('bounds that do not match m', () => {
    expect(refusal(file('4 2 ds 1 3 2')).message).toBe(
      'line 1: 3 bounds for m = 2 groups; expected 4 (a lower and an upper bound per group)',
    );
    expect(refusal(file('4 2 ds 1 3 2 2 1 1')).line).toBe(1);
  });

  it('lower above upper, infeasible bounds, unknown type, ss with differing bounds', () => {
    expect(refusal(file('4 2 ds 3 1 2 2')).message).toBe(
      'line 1: group 0: lower bound 3 > upper bound 1',
    );
    expect(refusal(file('4 2 ds 3 3 3 3')).message).toContain(
      'no grouping of n = 4 meets the bounds (they allow 6..6 elements)',
    );
    expect(refusal(file('4 2 ds 1 1 1 1')).message).toContain('they allow 2..2');
    expect(refusal(file('4 2 xs 2 2 2 2')).message).toContain("expected 'ss' or 'ds'");
    expect(refusal(file('4 2 ss 1 3 2 2')).message).toContain("type 'ss' needs the same bounds");
    expect(refusal(file('4 2 ds 1 x 2 2')).message).toContain("bound 'x'");
  });

  it('negative and non-numeric distances', () => {
    const negative = refusal(file('4 2', ['0 1 5', '0 2 -1', ...PAIRS.slice(2)]));
    expect(negative.message).toBe('line 3: distance -1 is negative');
    for (const bad of ['abc', 'NaN', 'Infinity', '0x10', '1,5']) {
      const error = refusal(file('4 2', ['0 1 5', `0 2 ${bad}`, ...PAIRS.slice(2)]));
      expect(error.message).toBe(`line 3: distance '${bad}' is not a number`);
    }
  });

  it('an index at or above n, a non-integer index, a pair of one element', () => {
    const high = refusal(file('4 2', ['0 1 5', '0 4 1', ...PAIRS.slice(2)]));
    expect(high.message).toBe('line 3: index 4 is out of range for n = 4 (0..3)');
    const oneBased = refusal(file('3 1', ['1 2 1', '1 4 1', '2 3 1']));
    expect(oneBased.message).toBe('line 3: index 4 is out of range for n = 3 (1..3)');
    expect(refusal(file('4 2', ['0 1.5 5', ...PAIRS.slice(1)])).message).toContain(
      'indices must be non-negative integers',
    );
    expect(refusal(file('4 2', ['0 0 5', ...PAIRS.slice(1)])).message).toContain('got 0 twice');
  });

  it('a bad header', () => {
    expect(refusal('').message).toBe('the file is empty');
    expect(refusal(file('four 2')).message).toBe(
      'line 1: must start with n (elements) and m (groups)',
    );
    expect(refusal(file('4 5')).message).toContain('1 ≤ m ≤ n');
  });
});

describe('MDGP solution files', () => {
  const instance = parseMdgpInstance(file('4 2 ds 1 3 2 2'));

  it('round-trip and re-score to the same objective', () => {
    const groupOf = Int32Array.from([0, 1, 1, 0]);
    const text = formatMdgpSolution(instance, groupOf, ['objective 6']);
    expect(parseMdgpSolution(instance, text)).toEqual(groupOf);
    expect(mdgpObjective(instance, groupOf)).toBe(6);
  });

  it('refuse a wrong count, an unknown group and sizes outside the bounds', () => {
    expect(() => parseMdgpSolution(instance, '0\n1\n1\n')).toThrow(
      'the solution names 3 of the n = 4 elements',
    );
    expect(() => parseMdgpSolution(instance, '0\n1\n1\n0\n0\n')).toThrow('line 5: more than');
    expect(() => parseMdgpSolution(instance, '0\n2\n1\n0\n')).toThrow(
      'line 2: expected a group 0..1 for element 1',
    );
    expect(() => parseMdgpSolution(instance, '0\n0\n0\n0\n')).toThrow(
      'group 0 has 4 elements; its bounds are 1..3',
    );
  });

  it('the CLI prints the objective in full, writes the solution and re-scores it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mdgp-cli-'));
    const path = join(dir, 'tiny.txt');
    writeFileSync(
      path,
      file('4 2 ds 2 2 2 2', [
        '0 1 0.1',
        '0 2 0.01',
        '0 3 0.01',
        '1 2 0.01',
        '1 3 0.01',
        '2 3 0.2',
      ]),
    );
    const cli = new URL('./mdgp-cli.ts', import.meta.url).pathname;
    const out = join(dir, 'tiny.solution.txt');
    const solved = execFileSync(process.execPath, [cli, path, '--budget', '1000', '--out', out], {
      encoding: 'utf8',
    });
    // {0,1} and {2,3}: 0.1 + 0.2 is 0.30000000000000004 in doubles, printed as such, not as 0.30.
    expect(solved).toContain(`objective ${String(0.1 + 0.2)}`);
    expect(readFileSync(out, 'utf8')).toContain('# re-score:');
    const rescored = execFileSync(process.execPath, [cli, '--score', path, out], {
      encoding: 'utf8',
    });
    expect(rescored.trim()).toBe(`objective ${String(0.1 + 0.2)}`);
    writeFileSync(path, file('4 2 ds 2 2 2 2', ['0 1 0.1']));
    let stderr = '';
    try {
      execFileSync(process.execPath, [cli, path], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      stderr = String((error as { stderr: string }).stderr);
    }
    expect(stderr).toContain('mdgp-cli: line 2: the file ends after 1 distance lines');
  });
});
