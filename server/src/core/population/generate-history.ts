import type { Random } from '../matcher/random.ts';
import type { PoolPerson } from '../matcher/types.ts';
import type { MunicipalityInput } from './generate-population.ts';

const DAY_MS = 24 * 3600 * 1000;

/**
 * Adds a past: earlier groups of 3–5 people who share a topic (both sides remember the
 * meeting), some wishes to spar again, and a few avoided organisations (usually a
 * neighbouring municipality in the same province).
 */
export function addHistory(
  pool: PoolPerson[],
  municipalities: MunicipalityInput[],
  random: Random,
  nowMs: number,
): void {
  const byTopic = new Map<string, number[]>();
  pool.forEach((person, i) => {
    if (person.lastSessionAt === null) return;
    for (const t of person.topics) {
      const list = byTopic.get(t.slug);
      if (list) list.push(i);
      else byTopic.set(t.slug, [i]);
    }
  });
  const lists = [...byTopic.values()];
  const met = pool.map(() => new Map<number, { count: number; last: number }>());
  const pastGroups = Math.round(pool.length * 0.15);
  for (let g = 0; g < pastGroups && lists.length > 0; g++) {
    const list = lists[random.int(lists.length)]!;
    const members = new Set<number>();
    const size = 3 + random.int(3);
    for (let k = 0; k < size * 2 && members.size < size; k++)
      members.add(list[random.int(list.length)]!);
    const at = nowMs - (7 + random.int(358)) * DAY_MS;
    for (const a of members) {
      for (const b of members) {
        if (a === b) continue;
        const known = met[a]!.get(b);
        if (known) met[a]!.set(b, { count: known.count + 1, last: Math.max(known.last, at) });
        else met[a]!.set(b, { count: 1, last: at });
      }
    }
  }
  const byProvince = new Map<string, string[]>();
  for (const m of municipalities) {
    byProvince.set(m.provinceCode, [...(byProvince.get(m.provinceCode) ?? []), m.code]);
  }
  pool.forEach((person, i) => {
    for (const [j, record] of [...met[i]!.entries()].sort((x, y) => x[0] - y[0])) {
      person.metBefore.push({
        personId: pool[j]!.id,
        count: record.count,
        lastMetAt: new Date(record.last).toISOString(),
      });
      if (random.float() < 0.1) person.sparAgain.push(pool[j]!.id);
    }
    if (random.float() < 0.03) {
      const codes = byProvince.get(person.provinceCode) ?? [];
      const code = codes[random.int(codes.length)];
      if (code && code !== person.municipalityCode) person.avoidOrganisationIds.push(`org-${code}`);
    }
  });
}
