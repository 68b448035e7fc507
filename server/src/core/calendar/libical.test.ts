import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFeed, buildInvitation, type InvitationInput } from './ics.ts';

/**
 * A third, strict reader: libical (C) with its iTIP restriction table. Needs a C compiler and
 * Debian's libical-dev; without them these tests are skipped with the reason in their name.
 */
const libical = spawnSync('pkg-config', ['--cflags', '--libs', 'libical'], { encoding: 'utf8' });
const available = libical.status === 0 && spawnSync('cc', ['--version']).status === 0;
// CI installs libical-dev: there a missing library is a broken set-up, not a reason to skip.
if (!available && process.env.CI === 'true') {
  throw new Error('libical-dev or cc is missing in CI; .ci/run installs libical-dev');
}
const title = available
  ? 'strict check with libical'
  : 'strict check with libical (SKIPPED: libical-dev or cc not installed; apt-get install -y libical-dev)';

let checker = '';

function check(ics: string): { status: number | null; output: string } {
  const run = spawnSync(checker, [], { input: ics, encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
}

const session: InvitationInput = {
  method: 'REQUEST',
  uid: 'session-7@overdeschutting.nl',
  sequence: 4,
  start: '2026-10-26T13:00:00.000Z', // Monday after the autumn change: 14:00 CET
  end: '2026-10-26T14:00:00.000Z',
  summary: 'Sparsessie',
  description: 'Regel één\nRegel twee',
  url: 'https://ods.example/sessies/7',
  organizer: { name: 'Over de schutting', email: 'sessies@ods.example' },
  attendees: [
    { name: 'Anna', email: 'anna@gemeente-a.nl', partstat: 'ACCEPTED' },
    { name: 'Bram', email: 'bram@gemeente-b.nl', partstat: 'NEEDS-ACTION' },
  ],
  stampAt: '2026-10-01T10:00:00.000Z',
};
const startEpoch = Date.parse(session.start) / 1000;

describe.skipIf(!available)(title, () => {
  beforeAll(() => {
    checker = join(mkdtempSync(join(tmpdir(), 'libical-check-')), 'libical-check');
    const source = join(import.meta.dirname, 'libical-check.c');
    const build = spawnSync('cc', ['-o', checker, source, ...libical.stdout.trim().split(/\s+/)], {
      encoding: 'utf8',
    });
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
  });

  it.each([
    ['REQUEST', buildInvitation(session)],
    ['CANCEL', buildInvitation({ ...session, method: 'CANCEL', sequence: 5 })],
    ['PUBLISH', buildFeed([session], { name: 'Mijn sessies', stampAt: session.stampAt })],
  ])('accepts the %s without errors and reads the same start instant', (_method, ics) => {
    const { status, output } = check(ics);
    expect(output).not.toMatch(/ERROR/);
    expect(status).toBe(0);
    expect(output).toContain(`DTSTART ${session.uid} ${startEpoch}`);
  });

  it('does report errors (the checker is not a rubber stamp)', () => {
    const withoutOrganizer = buildInvitation(session).replace(/ORGANIZER[^\r]*\r\n/, '');
    const { status, output } = check(withoutOrganizer);
    expect(status).toBe(1);
    expect(output).toMatch(/ORGANIZER/);
  });
});
