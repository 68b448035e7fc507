import { describe, expect, it } from 'vitest';
import { loadMunicipalities, loadTopics } from '@ods/db/reference-data';
import { generatePopulation } from './generate-population.ts';
import { generateSlots } from './generate-slots.ts';

const municipalities = loadMunicipalities();
const topicSlugs = loadTopics().map((t) => t.slug);
const slots = generateSlots({
  firstDay: '2026-12-07',
  days: 14,
  times: ['09:30', '14:00'],
  lengthMinutes: 60,
});
const options = {
  size: 3000,
  seed: 5,
  now: '2026-12-01T08:00:00.000Z',
  municipalities,
  topicSlugs,
  slots,
};
const { pool, cases } = generatePopulation(options);

describe('generatePopulation', () => {
  it('is repeatable for a seed and differs for another seed', () => {
    expect(generatePopulation(options)).toEqual({ pool, cases });
    expect(generatePopulation({ ...options, seed: 6 }).pool).not.toEqual(pool);
  });

  it('creates candidate slots on working days only', () => {
    expect(slots).toHaveLength(20);
    expect(slots[0]).toEqual({
      id: 'slot-2026-12-07-0930',
      startsAt: '2026-12-07T08:30:00.000Z',
      endsAt: '2026-12-07T09:30:00.000Z',
    });
  });

  it('draws municipalities by population and keeps references consistent', () => {
    const count = (code: string) => pool.filter((p) => p.municipalityCode === code).length;
    expect(count('GM0363')).toBeGreaterThan(count('GM0088') + 50); // Amsterdam vs Schiermonnikoog
    const slotIds = new Set(slots.map((s) => s.id));
    const ids = new Set(pool.map((p) => p.id));
    expect(ids.size).toBe(pool.length);
    for (const person of pool) {
      expect(person.topics.length).toBeGreaterThan(0);
      expect(person.availableSlotIds.every((id) => slotIds.has(id))).toBe(true);
      expect(person.metBefore.every((m) => ids.has(m.personId))).toBe(true);
    }
    for (const c of cases) {
      expect(pool.find((p) => p.id === c.ownerId)?.topics.map((t) => t.slug)).toContain(c.topic);
    }
  });

  it('has skewed topics, partner organisations and a symmetric history', () => {
    const perTopic = topicSlugs.map(
      (slug) => pool.filter((p) => p.topics.some((t) => t.slug === slug)).length,
    );
    expect(Math.max(...perTopic)).toBeGreaterThan(4 * Math.min(...perTopic));
    const partners = pool.filter((p) => p.organisationId !== `org-${p.municipalityCode}`).length;
    expect(partners / pool.length).toBeGreaterThan(0.15);
    const byId = new Map(pool.map((p) => [p.id, p]));
    const withHistory = pool.filter((p) => p.metBefore.length > 0);
    expect(withHistory.length).toBeGreaterThan(pool.length / 4);
    for (const person of withHistory) {
      for (const met of person.metBefore) {
        expect(byId.get(met.personId)?.metBefore.some((m) => m.personId === person.id)).toBe(true);
      }
    }
  });
});
