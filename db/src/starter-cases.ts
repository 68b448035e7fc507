import { readFileSync } from 'node:fs';
import { SIZE_CLASSES, type SizeClass } from '@ods/shared/municipality';

/** A clearly fictional example case that anyone can copy and adapt (db/data/starter-cases.json). */
export interface StarterCase {
  slug: string;
  /** Dutch title. */
  title: string;
  titleEn: string;
  /** Slug of a topic in db/data/topics.csv. */
  topic: string;
  /** The fictional situation, paragraphs separated by a blank line. */
  situation: string;
  /** The question for the group. */
  question: string;
  /** The municipality size class the case plays in, if it matters. */
  sizeClass?: SizeClass;
}

const TEXT_FIELDS = ['slug', 'title', 'titleEn', 'topic', 'situation', 'question'] as const;

function isSizeClass(value: unknown): value is SizeClass {
  return (SIZE_CLASSES as readonly unknown[]).includes(value);
}

/** Checks the shape of the parsed JSON; throws naming the first case and field that are wrong. */
export function parseStarterCases(data: unknown): StarterCase[] {
  if (!Array.isArray(data)) throw new Error('starter cases: expected an array');
  return data.map((item: unknown, index) => {
    if (typeof item !== 'object' || item === null)
      throw new Error(`starter case ${index}: expected an object`);
    const record = item as Record<string, unknown>;
    for (const field of TEXT_FIELDS) {
      const value = record[field];
      if (typeof value !== 'string' || value.trim() === '') {
        throw new Error(`starter case ${index}: '${field}' must be a non-empty string`);
      }
    }
    if (record.sizeClass !== undefined && !isSizeClass(record.sizeClass)) {
      throw new Error(
        `starter case ${index}: 'sizeClass' must be one of ${SIZE_CLASSES.join(', ')}`,
      );
    }
    const { slug, title, titleEn, topic, situation, question, sizeClass } =
      record as unknown as StarterCase;
    return {
      slug,
      title,
      titleEn,
      topic,
      situation,
      question,
      ...(sizeClass ? { sizeClass } : {}),
    };
  });
}

/** The starter library of fictional example cases, at least two per theme. */
export function loadStarterCases(): StarterCase[] {
  const file = new URL('../data/starter-cases.json', import.meta.url);
  return parseStarterCases(JSON.parse(readFileSync(file, 'utf8')));
}
