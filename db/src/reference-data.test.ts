import { describe, expect, it } from 'vitest';
import { loadMunicipalities, loadTopics } from './reference-data.ts';

describe('reference data', () => {
  it('has all 342 municipalities with the CBS population total', () => {
    const municipalities = loadMunicipalities();
    expect(municipalities).toHaveLength(342);
    expect(municipalities.reduce((sum, m) => sum + m.population, 0)).toBe(18_130_208);
    expect(municipalities.find((m) => m.code === 'GM0363')?.sizeClass).toBe('grootste');
  });

  it('has the topic taxonomy', () => {
    const topics = loadTopics();
    expect(topics.length).toBeGreaterThan(20);
    expect(topics.map((t) => t.slug)).toContain('schuldhulpverlening');
  });
});
