import { describe, expect, it } from 'vitest';
import { scanPersonalData } from '@ods/shared/guard/index';
import { loadTopics } from './reference-data.ts';
import { loadStarterCases, parseStarterCases } from './starter-cases.ts';

const cases = loadStarterCases();
const topics = loadTopics();

describe('starter library', () => {
  it('has unique slugs and a topic from the taxonomy for every case', () => {
    const slugs = new Set(topics.map((t) => t.slug));
    expect(new Set(cases.map((c) => c.slug)).size).toBe(cases.length);
    for (const c of cases) expect(slugs, c.slug).toContain(c.topic);
  });

  it('has at least two cases for every theme', () => {
    const themeOf = new Map(topics.map((t) => [t.slug, t.themeNl]));
    for (const theme of new Set(topics.map((t) => t.themeNl))) {
      expect(
        cases.filter((c) => themeOf.get(c.topic) === theme).length,
        theme,
      ).toBeGreaterThanOrEqual(2);
    }
  });

  it('contains no personal data the guard would flag, blocking or not', () => {
    for (const c of cases) {
      const text = [c.title, c.situation, c.question].join('\n\n');
      expect(scanPersonalData(text), c.slug).toEqual([]);
    }
  });

  it('rejects a case without a question or with an unknown size class', () => {
    const valid = {
      slug: 's',
      title: 't',
      titleEn: 't',
      topic: 'jeugdhulp',
      situation: 's',
      question: 'q',
    };
    expect(parseStarterCases([valid])).toEqual([valid]);
    expect(() => parseStarterCases([{ ...valid, question: '' }])).toThrow(/'question'/);
    expect(() => parseStarterCases([{ ...valid, sizeClass: 'huge' }])).toThrow(/sizeClass/);
  });
});
