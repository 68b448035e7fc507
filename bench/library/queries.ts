// The queries the bench measures: text of every frequency, each filter, and combinations.
import { SIZE_CLASSES } from '@ods/shared/municipality';
import type { LibrarySearchQuery } from '@ods/server/domain/search/library-search';
import { vocabulary } from './synthetic-summaries.ts';
import type { SeedFacts } from './seed.ts';

type Query = Omit<LibrarySearchQuery, 'limit' | 'offset'>;

export interface QuerySet {
  label: string;
  queries: Query[];
}

const VARIANTS = 20;

function pick<T>(items: readonly T[], from: number, count = VARIANTS): T[] {
  return Array.from({ length: count }, (_, i) => items[(from + i) % items.length]!);
}

function month(i: number): { from: string; to: string } {
  const year = 2024 + (i % 3);
  const m = String(1 + (i % 12)).padStart(2, '0');
  return { from: `${year}-${m}-01`, to: `${year}-${m}-28` };
}

/** Query sets over the vocabulary ranks and the seeded topics and regions. */
export function querySets(facts: SeedFacts): {
  searches: QuerySet[];
  likeWords: string[];
  likeRareWords: string[];
} {
  const words = vocabulary();
  const common = pick(words, 0);
  const middle = pick(words, 60);
  const rare = pick(words, 1_500);
  return {
    likeWords: middle,
    likeRareWords: rare,
    searches: [
      { label: 'text: one common word (top 20)', queries: common.map((q) => ({ text: q })) },
      { label: 'text: one word of rank 60–80', queries: middle.map((q) => ({ text: q })) },
      { label: 'text: one rare word (rank ~1 500)', queries: rare.map((q) => ({ text: q })) },
      {
        label: 'text: two words',
        queries: common.map((q, i) => ({ text: `${q} ${middle[i]}` })),
      },
      {
        label: 'text: prefix of a word (3–6 letters)',
        queries: middle.map((q, i) => ({ text: q.slice(0, 3 + (i % 4)) })),
      },
      {
        label: 'text: three words, no match',
        queries: rare.map((q, i) => ({ text: `${q} ${rare[(i + 7) % rare.length]} ${common[i]}` })),
      },
      { label: 'filter: topic', queries: pick(facts.topics, 0).map((topic) => ({ topic })) },
      {
        label: 'filter: size class',
        queries: pick(SIZE_CLASSES, 0).map((sizeClass) => ({ sizeClass })),
      },
      { label: 'filter: region', queries: pick(facts.regions, 0).map((region) => ({ region })) },
      {
        label: 'filter: one month',
        queries: Array.from({ length: VARIANTS }, (_, i) => month(i)),
      },
      {
        label: 'filter: topic + region + month',
        queries: Array.from({ length: VARIANTS }, (_, i) => ({
          topic: facts.topics[i % facts.topics.length]!,
          region: facts.regions[(i * 7) % facts.regions.length]!,
          ...month(i),
        })),
      },
      {
        label: 'text + topic + size class',
        queries: middle.map((q, i) => ({
          text: q,
          topic: facts.topics[i % facts.topics.length]!,
          sizeClass: SIZE_CLASSES[i % SIZE_CLASSES.length]!,
        })),
      },
    ],
  };
}
