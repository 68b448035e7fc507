// Seeds the database for `pnpm bench:api`, in a process of its own (the server under test starts
// on it as a production server starts on its database, without the seeding's heap): 10 000
// professionals from the demo seeder, a year of sessions of 3–5 of them (held ones with notes and
// a summary, some published in the library, the coming weeks invited), a signed-in session for
// every user and one round proposal. Bulk inserts in batches, so 10 000 users take seconds.
// Arguments: data folder; DATABASE_URL selects PostgreSQL. Prints the bench's accounts (cookies,
// a session of theirs) as one JSON line.
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { createDatabase, migrateToLatest, seedReferenceData, type DatabaseHandle } from '@ods/db';
import { createRandom } from '@ods/server/core/matcher/random';
import { facetText } from '@ods/server/domain/search/search-facets';
import { demoNotesSnapshot } from '@ods/server/features/demo/demo-notes';
import { DEMO_COORDINATOR_EMAIL, seedDemoData } from '@ods/server/features/demo/seed-demo';
import {
  appointCoordinator,
  defaultNetworkId,
} from '@ods/server/domain/networks/networks.repository';
import { proposeRound } from '@ods/server/features/rounds/rounds.service';
import { withDefaults } from '@ods/server/features/rounds/rounds.validation';
import { createSession as createAuthSession } from '@ods/server/plugins/auth/session-store';
import { hashToken, newToken } from '@ods/server/lib/tokens';
import { SIZE_CLASSES } from '@ods/shared/municipality';
import { syntheticText, wordSampler } from '../library/synthetic-summaries.ts';

type Db = DatabaseHandle['db'];

export interface BenchAccount {
  cookie: string;
  /** A session of the coming weeks this account is invited to (reply, session page). */
  sessionId: string;
}

export interface SeedResult {
  accounts: BenchAccount[];
  coordinatorCookie: string;
  roundId: string;
  users: number;
  sessions: number;
  libraryEntries: number;
  seconds: number;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    users: { type: 'string', default: '10000' },
    accounts: { type: 'string', default: '200' },
  },
});
const DAY = 86_400_000;
const BATCH = 400;
const started = Date.now();
const now = new Date();
const random = createRandom(2026);
const database = createDatabase({
  databaseUrl: process.env.DATABASE_URL || undefined,
  dataDir: positionals[0]!,
});
const db = database.db;
const stage = (name: string) =>
  process.stderr.write(`[seed] ${name} after ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
await migrateToLatest(db);
await seedReferenceData(db);
stage('migrated');
await seedDemoData(db, { now, seed: 2026, people: Number(values.users) });
stage('users');

const users = (await db.selectFrom('users').select('id').orderBy('id').execute()).map((u) => u.id);
const topics = (await db.selectFrom('topics').select('slug').execute()).map((t) => t.slug);
const regions = [
  ...new Set(
    (await db.selectFrom('municipalities').select('region').execute()).map((m) => m.region),
  ),
].sort();

async function inBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

// Every user signed in once (the cookie lookup meets a table of realistic size).
const secrets = new Map<string, string>();
await inBatches(users, (batch) =>
  db
    .insertInto('auth_sessions')
    .values(
      batch.map((userId) => {
        const secret = newToken();
        secrets.set(userId, secret);
        return {
          id_hash: hashToken(secret),
          user_id: userId,
          created_at: now.toISOString(),
          expires_at: new Date(now.getTime() + 30 * DAY).toISOString(),
          last_seen_at: now.toISOString(),
        };
      }),
    )
    .execute(),
);

stage('signed in');
// A year of sessions on working days, every user in one about every four weeks, and the next
// three weeks invited. Each user's sessions stay in order of time.
interface Planned {
  id: string;
  startsAt: Date;
  members: string[];
}
const planned: Planned[] = [];
const perWorkingDay = Math.round(users.length / 4 / 20);
for (let day = -365; day <= 21; day += 1) {
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + day));
  if (date.getUTCDay() === 0 || date.getUTCDay() === 6 || day === 0) continue;
  for (let s = 0; s < perWorkingDay; s += 1) {
    const size = 3 + random.int(3);
    const members = new Set<string>();
    while (members.size < size) members.add(users[random.int(users.length)]!);
    const startsAt = new Date(date.getTime() + (8 + random.int(8)) * 3_600_000);
    planned.push({ id: randomUUID(), startsAt, members: [...members] });
  }
}
const sampler = wordSampler();
let libraryEntries = 0;
const snapshot = demoNotesSnapshot();
// One transaction: on SQLite every commit waits for the disk (synchronous=FULL).
await db.transaction().execute((trx) =>
  inBatches(planned, async (batch) => {
    const rows = batch.map((p) => {
      const past = p.startsAt < now;
      const cancelled = past && random.float() < 0.1;
      const summarised = past && !cancelled && random.float() < 0.7;
      const published = summarised && random.float() < 0.4;
      return {
        ...p,
        past,
        cancelled,
        summarised,
        published,
        endsAt: new Date(p.startsAt.getTime() + 3_600_000),
      };
    });
    await trx
      .insertInto('sparring_sessions')
      .values(
        rows.map((r) => ({
          id: r.id,
          round_id: null,
          topic_slug: topics[random.int(topics.length)]!,
          case_id: null,
          state: r.cancelled
            ? ('cancelled' as const)
            : r.past
              ? ('held' as const)
              : ('invited' as const),
          cancel_reason: r.cancelled ? ('no-quorum' as const) : null,
          starts_at: r.startsAt.toISOString(),
          ends_at: r.endsAt.toISOString(),
          room_name: `bench-${r.id}`,
          created_at: new Date(r.startsAt.getTime() - 14 * DAY).toISOString(),
          updated_at: r.startsAt.toISOString(),
        })),
      )
      .execute();
    await trx
      .insertInto('session_participants')
      .values(
        rows.flatMap((r) =>
          r.members.map((userId, i) => ({
            session_id: r.id,
            user_id: userId,
            role: i === 0 ? ('facilitator' as const) : ('member' as const),
            reply: r.past ? ('accepted' as const) : ('needs-action' as const),
            reply_reason: null,
            replied_at: r.past ? r.startsAt.toISOString() : null,
            added_at: new Date(r.startsAt.getTime() - 14 * DAY).toISOString(),
            removed_at: null,
          })),
        ),
      )
      .execute();
    const held = rows.filter((r) => r.past && !r.cancelled);
    if (held.length > 0)
      await trx
        .insertInto('notes_documents')
        .values(
          held.map((r) => ({
            session_id: r.id,
            snapshot,
            created_at: r.startsAt.toISOString(),
            updated_at: r.endsAt.toISOString(),
            locked_at: r.summarised ? r.endsAt.toISOString() : null,
          })),
        )
        .execute();
    const summarised = rows
      .filter((r) => r.summarised)
      .map((r) => ({ ...r, ...syntheticText(sampler, random) }));
    if (summarised.length > 0)
      await trx
        .insertInto('summaries')
        .values(
          summarised.map((r) => ({
            session_id: r.id,
            question: r.title,
            insights: r.text,
            updated_by: r.members[0]!,
            created_at: r.endsAt.toISOString(),
            updated_at: r.endsAt.toISOString(),
            finalised_at: r.endsAt.toISOString(),
          })),
        )
        .execute();
    const published = summarised.filter((r) => r.published);
    libraryEntries += published.length;
    if (published.length > 0)
      await trx
        .insertInto('library_entries')
        .values(
          published.map((r) => {
            const heldOn = r.startsAt.toISOString().slice(0, 10);
            const sizeClasses = [SIZE_CLASSES[random.int(SIZE_CLASSES.length)]!];
            const regionList = [regions[random.int(regions.length)]!];
            const topic = topics[random.int(topics.length)]!;
            return {
              session_id: r.id,
              topic_slug: topic,
              held_on: heldOn,
              published_at: r.endsAt.toISOString(),
              title: r.title,
              search_text: r.text,
              search_facets: facetText({ topic, sizeClasses, regions: regionList, heldOn }),
              size_classes: `|${sizeClasses.join('|')}|`,
              regions: `|${regionList.join('|')}|`,
              useful_count: random.float() < 0.7 ? 0 : random.int(20),
            };
          }),
        )
        .execute();
  }),
);

stage('sessions');
// The bench's accounts: users invited to a session of the coming weeks.
const accounts: BenchAccount[] = [];
const seen = new Set<string>();
for (const p of planned) {
  if (p.startsAt < now) continue;
  const userId = p.members.find((m) => !seen.has(m));
  if (!userId) continue;
  seen.add(userId);
  accounts.push({ cookie: `ods_session=${secrets.get(userId)!}`, sessionId: p.id });
  if (accounts.length >= Number(values.accounts)) break;
}

const coordinator = await db
  .selectFrom('users')
  .select('id')
  .where('email', '=', DEMO_COORDINATOR_EMAIL)
  .executeTakeFirstOrThrow();
const coordinatorCookie = `ods_session=${await createAuthSession(db, coordinator.id, now)}`;
// A coordinator sees only the rounds of networks they run: the round is for the network of
// every organisation, so its pool is all 10 000.
const networkId = await defaultNetworkId(db, now);
await appointCoordinator(db, networkId, coordinator.id, now);
const roundId = await proposeNextMonth(db, coordinator.id, networkId);
stage('round proposed');
await db.destroy();

const result: SeedResult = {
  accounts,
  coordinatorCookie,
  roundId,
  users: users.length,
  sessions: planned.length,
  libraryEntries,
  seconds: Math.round((Date.now() - started) / 100) / 10,
};
console.log(JSON.stringify(result));

/** A proposal for the four weeks after the coming one, as a coordinator would ask for it. */
async function proposeNextMonth(db: Db, coordinatorId: string, networkId: string): Promise<string> {
  const start = new Date(now.getTime() + 7 * DAY);
  const end = new Date(start.getTime() + 27 * DAY);
  return proposeRound(
    db,
    withDefaults({
      periodStart: start.toISOString().slice(0, 10),
      periodEnd: end.toISOString().slice(0, 10),
      seed: 1,
    }),
    {
      now,
      proposedBy: coordinatorId,
      network: { id: networkId, openToOtherNetworks: false },
      // As in production: the search settles for what it has after a while.
      deadline: { clock: () => Date.now(), maxMs: 10_000 },
    },
  );
}
