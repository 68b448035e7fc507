// The benchmark scenario: a two-week period with four slots a working day, the real
// municipality table and topic list, and a reference time the day before the period.
import { loadMunicipalities, loadTopics } from '@ods/db/reference-data';
import { matchSettings } from '@ods/server/core/matcher/settings';
import type { MatchInput } from '@ods/server/core/matcher/types';
import { generatePopulation } from '@ods/server/core/population/generate-population';
import { generateSlots } from '@ods/server/core/population/generate-slots';

export const NOW = '2026-12-06T09:00:00.000Z';

/** A seeded round input of `size` people. */
export function scenario(size: number, seed: number): MatchInput {
  const topics = loadTopics().map((t) => ({ slug: t.slug, nameNl: t.nameNl, nameEn: t.nameEn }));
  const slots = generateSlots({
    firstDay: '2026-12-07',
    days: 14,
    times: ['09:30', '11:00', '13:30', '15:00'],
    lengthMinutes: 60,
  });
  const population = generatePopulation({
    size,
    seed,
    now: NOW,
    municipalities: loadMunicipalities(),
    topicSlugs: topics.map((t) => t.slug),
    slots,
  });
  return {
    ...population,
    slots,
    topics,
    settings: matchSettings({ now: NOW, seed, poolSize: size }),
  };
}
