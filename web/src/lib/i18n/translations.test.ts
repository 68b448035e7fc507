import { describe, expect, it } from 'vitest';
import en from './en.json';
import nl from './nl.json';

// Lists every leaf as "path" (arrays count as one leaf with their length, so a missing
// paragraph shows up too).
function leaves(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => leaves(item, `${path}[${index}]`));
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, child]) =>
      leaves(child, path ? `${path}.${key}` : key),
    );
  }
  return [path];
}

function valueAt(root: unknown, path: string): unknown {
  return path
    .split(/\.|\[|\]/)
    .filter(Boolean)
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], root);
}

describe('translations', () => {
  it('has an English text for every Dutch text, and no English text without a Dutch one', () => {
    expect(leaves(en).sort()).toEqual(leaves(nl).sort());
  });

  it('has no empty texts', () => {
    const empty = leaves(nl)
      .filter((path) => valueAt(nl, path) === '' || valueAt(en, path) === '')
      .sort();
    expect(empty).toEqual([]);
  });

  it('uses the same placeholders in both languages, so no value goes missing in one', () => {
    const placeholders = (text: unknown) =>
      String(text)
        .match(/\{\{\s*\w+\s*\}\}/g)
        ?.sort()
        .join(',') ?? '';
    const mismatched = leaves(nl).filter(
      (path) =>
        !/_one$/.test(path) && placeholders(valueAt(nl, path)) !== placeholders(valueAt(en, path)),
    );
    expect(mismatched).toEqual([]);
  });
});
