// pnpm bench:library — seeds 100 000 synthetic published summaries into SQLite (and into
// PostgreSQL when ODS_TEST_POSTGRES_URL is set) and measures the library search: text queries
// and filters through the one search interface, against two baselines in the same run (a
// primary-key lookup and a plain LIKE scan). Options: --count 100000 --rounds 10
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import {
  createDatabase,
  migrateToLatest,
  seedReferenceData,
  type DatabaseDialect,
  type DatabaseHandle,
} from '@ods/db';
import { librarySearch, type LibrarySearchQuery } from '@ods/server/domain/search/library-search';
import { analyzeLibrary } from '@ods/server/domain/search/search-maintenance';
import { loadLibraryItems } from '@ods/server/features/library/library.repository';
import { searchTerms } from '@ods/server/domain/search/search-terms';
import { seedLibrary } from './seed.ts';
import { querySets } from './queries.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '100000' },
    rounds: { type: 'string', default: '10' },
  },
});
const COUNT = Number(values.count);
const ROUNDS = Number(values.rounds);
const TARGET_P95_MS = 50;

type Db = DatabaseHandle['db'];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

async function measure(
  variants: (() => Promise<unknown>)[],
  rounds = ROUNDS,
): Promise<{ p50: number; p95: number; runs: number }> {
  for (const run of variants) await run();
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const run of variants) {
      const start = performance.now();
      await run();
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95), runs: times.length };
}

async function open(
  dialect: DatabaseDialect,
): Promise<{ handle: DatabaseHandle; schema?: string; drop: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'ods-bench-library-'));
    const handle = createDatabase({ dataDir: dir });
    return { handle, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const url = process.env.ODS_TEST_POSTGRES_URL!;
  const handle = createDatabase({ databaseUrl: url, dataDir: tmpdir(), postgresSchema: schema });
  await handle.db.schema.createSchema(schema).execute();
  return {
    handle,
    schema,
    drop: async () => {
      await handle.db.schema.dropSchema(schema).cascade().execute();
    },
  };
}

const ms = (value: number): string => value.toFixed(2);

async function benchDialect(dialect: DatabaseDialect): Promise<void> {
  const { handle, schema, drop } = await open(dialect);
  const db: Db = handle.db;
  try {
    await migrateToLatest(db, schema);
    await seedReferenceData(db);
    const seedStart = performance.now();
    const facts = await seedLibrary(db, COUNT);
    await analyzeLibrary(db);
    const seedSeconds = (performance.now() - seedStart) / 1000;
    const search = librarySearch(db, dialect);
    const sessionIds = (
      await db.selectFrom('library_entries').select('session_id').limit(200).execute()
    ).map((r) => r.session_id);
    const sets = querySets(facts);
    const page = (query: Omit<LibrarySearchQuery, 'limit' | 'offset'>) => () =>
      search.search({ ...query, limit: 20, offset: 0 });

    console.log(
      `\n### ${dialect === 'sqlite' ? 'SQLite (FTS5)' : 'PostgreSQL (tsvector, GIN)'}: ${COUNT} summaries, seeded in ${seedSeconds.toFixed(0)} s\n`,
    );
    console.log('| query | runs | p50 ms | p95 ms | p95 / id lookup | p95 / full LIKE scan |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
    const lookup = await measure(
      sessionIds
        .slice(0, 20)
        .map(
          (id) => () =>
            db
              .selectFrom('library_entries')
              .select(['id', 'session_id'])
              .where('session_id', '=', id)
              .executeTakeFirst(),
        ),
    );
    // A LIKE scan in the order the library shows: it stops after a page for a common word and
    // reads every entry for a rare one (the cost an index saves).
    // Few runs: on PostgreSQL one full scan takes most of a second.
    const likeScan = (words: string[]) =>
      measure(
        words
          .slice(0, 5)
          .map(
            (word) => () =>
              db
                .selectFrom('library_entries')
                .select(['id', 'session_id'])
                .where('search_text', 'like', `%${word}%`)
                .orderBy('useful_count', 'desc')
                .orderBy('held_on', 'desc')
                .orderBy('id', 'desc')
                .limit(21)
                .execute(),
          ),
        4,
      );
    const likeCommon = await likeScan(sets.likeWords);
    const like = await likeScan(sets.likeRareWords);
    const row = (label: string, m: { p50: number; p95: number; runs: number }) =>
      console.log(
        `| ${label} | ${m.runs} | ${ms(m.p50)} | ${ms(m.p95)} | ${(m.p95 / lookup.p95).toFixed(1)}× | ${(m.p95 / like.p95).toFixed(2)}× |`,
      );
    row('baseline: id lookup', lookup);
    row('baseline: LIKE scan, word of rank 60–80', likeCommon);
    row('baseline: LIKE scan, rare word (reads all)', like);
    let worst = 0;
    for (const set of sets.searches) {
      const result = await measure(set.queries.map(page));
      worst = Math.max(worst, result.p95);
      row(set.label, result);
    }
    const pageSet = sets.searches[0]!;
    const fullPage = await measure(
      pageSet.queries.map((query) => async () => {
        const result = await search.search({ ...query, limit: 20, offset: 0 });
        const ids = result.hits.map((hit) => hit.sessionId);
        return loadLibraryItems(db, ids, 'bench-reader', searchTerms(query.text ?? ''));
      }),
    );
    worst = Math.max(worst, fullPage.p95);
    row('result page: common word + 20 items with contributors and passages', fullPage);
    console.log(
      `\nTarget p95 ≤ ${TARGET_P95_MS} ms: ${worst <= TARGET_P95_MS ? 'met' : 'NOT met'} (worst p95 ${ms(worst)} ms).`,
    );
  } finally {
    await drop();
    await db.destroy();
  }
}

console.log(`Library search bench, ${ROUNDS} rounds per query set (Node ${process.version})`);
await benchDialect('sqlite');
if (process.env.ODS_TEST_POSTGRES_URL) await benchDialect('postgres');
else console.log('\n(ODS_TEST_POSTGRES_URL not set: PostgreSQL skipped.)');
