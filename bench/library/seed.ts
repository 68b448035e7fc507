// Seeds N synthetic published summaries straight into the tables, as publishing would leave
// them: a held session, its summary and its library entry (the database indexes the text).
import { randomUUID } from 'node:crypto';
import type { DatabaseHandle } from '@ods/db';
import { SIZE_CLASSES } from '@ods/shared/municipality';
import { createRandom } from '@ods/server/core/matcher/random';
import { facetText } from '@ods/server/domain/search/search-facets';
import { syntheticText, wordSampler } from './synthetic-summaries.ts';

type Db = DatabaseHandle['db'];

const BATCH = 500;
const FIRST_DAY = Date.parse('2024-01-01T00:00:00Z');
const DAYS = 3 * 365;

export interface SeedFacts {
  topics: string[];
  regions: string[];
}

/** Inserts `count` published summaries; returns the topics and regions it drew from. */
export async function seedLibrary(db: Db, count: number, seed = 2026): Promise<SeedFacts> {
  const random = createRandom(seed);
  const sampler = wordSampler();
  const topics = (await db.selectFrom('topics').select('slug').execute()).map((t) => t.slug);
  const regions = [
    ...new Set(
      (await db.selectFrom('municipalities').select('region').execute()).map((m) => m.region),
    ),
  ].sort();
  for (let start = 0; start < count; start += BATCH) {
    const size = Math.min(BATCH, count - start);
    const rows = Array.from({ length: size }, () => {
      const day = new Date(FIRST_DAY + random.int(DAYS) * 86_400_000);
      const startsAt = new Date(day.getTime() + 9 * 3_600_000).toISOString();
      const endsAt = new Date(day.getTime() + 10 * 3_600_000).toISOString();
      const shown = 1 + random.int(4);
      const sizeClasses = new Set(
        Array.from({ length: shown }, () => SIZE_CLASSES[random.int(5)]!),
      );
      const regionSet = new Set(
        Array.from({ length: shown }, () => regions[random.int(regions.length)]!),
      );
      // Most summaries are marked useful by nobody or a few; some by many.
      const useful = random.float() < 0.7 ? 0 : Math.floor(1 / (0.02 + random.float() * 0.5));
      return {
        id: randomUUID(),
        topic: topics[random.int(topics.length)]!,
        startsAt,
        endsAt,
        heldOn: startsAt.slice(0, 10),
        sizeClasses: `|${[...sizeClasses].join('|')}|`,
        regions: `|${[...regionSet].join('|')}|`,
        useful,
        ...syntheticText(sampler, random),
      };
    });
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('sparring_sessions')
        .values(
          rows.map((r) => ({
            id: r.id,
            round_id: null,
            topic_slug: r.topic,
            case_id: null,
            state: 'held' as const,
            cancel_reason: null,
            starts_at: r.startsAt,
            ends_at: r.endsAt,
            room_name: `bench-${r.id}`,
            created_at: r.startsAt,
            updated_at: r.endsAt,
          })),
        )
        .execute();
      await trx
        .insertInto('summaries')
        .values(
          rows.map((r) => ({
            session_id: r.id,
            question: r.title,
            insights: r.text,
            updated_by: null,
            created_at: r.endsAt,
            updated_at: r.endsAt,
            finalised_at: r.endsAt,
          })),
        )
        .execute();
      await trx
        .insertInto('library_entries')
        .values(
          rows.map((r) => ({
            session_id: r.id,
            topic_slug: r.topic,
            held_on: r.heldOn,
            published_at: r.endsAt,
            title: r.title,
            search_text: r.text,
            search_facets: facetText({
              topic: r.topic,
              sizeClasses: r.sizeClasses.split('|').filter(Boolean),
              regions: r.regions.split('|').filter(Boolean),
              heldOn: r.heldOn,
            }),
            size_classes: r.sizeClasses,
            regions: r.regions,
            useful_count: r.useful,
          })),
        )
        .execute();
    });
  }
  return { topics, regions };
}
