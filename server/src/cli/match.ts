import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createDatabase, migrateToLatest, seedReferenceData } from '@ods/db';
import { ROUND_LIMITS, SESSION_MINUTES, type SessionMinutes } from '@ods/shared';
import { ConfigError, loadConfig } from '../config.ts';
import { FieldErrors } from '../errors.ts';
import { commitRound } from '../features/rounds/round-commit.ts';
import { roundText } from '../features/rounds/round-text.ts';
import { findRound } from '../features/rounds/rounds.repository.ts';
import { proposeRound } from '../features/rounds/rounds.service.ts';
import { withDefaults } from '../features/rounds/rounds.validation.ts';

// pnpm match --period 2026-12-01..2026-12-31 [--dry-run] [--seed N] [--minutes 45|60|90]
//   [--min 3] [--max 5]
// Proposes a round for the period, prints the groups and who is left out (in Dutch), and
// commits it unless --dry-run. Configuration comes from the environment, as for the server.

const USAGE =
  'Gebruik: pnpm match --period 2026-12-01..2026-12-31 [--dry-run] [--seed N] [--minutes 45|60|90] [--min 3] [--max 5] [--network "naam"] [--open]';

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

function integer(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) fail(`--${name} moet een geheel getal zijn.\n${USAGE}`);
  return Number(value);
}

const { values } = parseArgs({
  options: {
    period: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    seed: { type: 'string' },
    minutes: { type: 'string' },
    min: { type: 'string' },
    max: { type: 'string' },
    // The network to plan for (name or id); needed when there are several.
    network: { type: 'string' },
    // Also members of other networks who opted in.
    open: { type: 'boolean', default: false },
  },
  strict: true,
});
const period = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(values.period ?? '');
if (!period) fail(`Geef een periode op als begin..eind.\n${USAGE}`);
const minutes = integer(values.minutes, 'minutes') ?? 60;
if (!SESSION_MINUTES.includes(minutes as SessionMinutes)) fail('--minutes is 45, 60 of 90.');
const seed = integer(values.seed, 'seed');
if (seed !== undefined && seed > ROUND_LIMITS.seedMax)
  fail(`--seed is hoogstens ${ROUND_LIMITS.seedMax}.`);
const sizes = [integer(values.min, 'min'), integer(values.max, 'max')];
if (sizes.some((s) => s !== undefined && (s < 3 || s > 6)))
  fail('Groepsgroottes liggen tussen 3 en 6.');

// pnpm runs scripts in server/; relative paths (DATA_DIR) mean where the command was typed.
if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  throw error;
}
const database = createDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  await migrateToLatest(database.db);
  await seedReferenceData(database.db);
  const request = withDefaults({
    periodStart: period[1]!,
    periodEnd: period[2]!,
    sessionMinutes: minutes as SessionMinutes,
    ...(sizes[0] !== undefined ? { groupSizeMin: sizes[0] } : {}),
    ...(sizes[1] !== undefined ? { groupSizeMax: sizes[1] } : {}),
    ...(seed !== undefined ? { seed } : {}),
  });
  const networks = await database.db.selectFrom('networks').select(['id', 'name']).execute();
  const network = values.network
    ? networks.find((n) => n.id === values.network || n.name === values.network)
    : networks.length === 1
      ? networks[0]
      : undefined;
  if (values.network && !network) fail(`Geen netwerk "${values.network}".`);
  if (!network && networks.length > 1)
    fail(`Kies een netwerk met --network: ${networks.map((n) => `"${n.name}"`).join(', ')}.`);
  const roundId = await proposeRound(database.db, request, {
    now: new Date(),
    proposedBy: null,
    // Without networks (an installation from before them) the round is for everyone.
    ...(network ? { network: { id: network.id, openToOtherNetworks: values.open } } : {}),
    ...(config.env === 'production'
      ? { deadline: { clock: () => performance.now(), maxMs: 60_000 } }
      : {}),
  });
  const round = await findRound(database.db, roundId);
  if (!round) throw new Error(`Round ${roundId} was not stored`);
  console.log(roundText(round));
  if (values['dry-run']) {
    console.log(`\nProefronde: niets vastgelegd. Het voorstel is bewaard als ronde ${round.id}.`);
  } else {
    const sessions = await commitRound(database.db, round.id, new Date());
    console.log(
      `\nVastgelegd: ${sessions.length} sessies in de toestand 'voorgesteld'; de uitnodigingen volgen via de planning.`,
    );
  }
} catch (error) {
  if (error instanceof FieldErrors) {
    fail(
      Object.values(error.fields)
        .map((m) => m.nl)
        .join('\n'),
    );
  }
  throw error;
} finally {
  await database.db.destroy();
}
