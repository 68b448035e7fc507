import type { Language } from '@ods/shared/api/limits';

export type Catalogue = { [key: string]: unknown };
export type TranslateOptions = {
  [name: string]: string | number | boolean | null | undefined;
  count?: number;
  returnObjects?: boolean;
};

const pluralRules = new Map<Language, Intl.PluralRules>();
function pluralForm(language: Language, count: number): string {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  return rules.select(count);
}

function lookUp(catalogue: Catalogue | undefined, key: string): unknown {
  let node: unknown = catalogue;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
    node = (node as Catalogue)[part];
  }
  return node;
}

function interpolate(text: string, options: TranslateOptions): string {
  // As i18next did: a value not given shows as nothing.
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_placeholder, name: string) => {
    const value = options[name];
    return value === undefined || value === null ? '' : String(value);
  });
}

/**
 * The text for `key` from the first catalogue that has it (else the key itself), with
 * {{placeholders}} filled from `options`. With a count, `key_zero` (for 0), then `key_one` or
 * `key_other` as the language's plural rules say; with returnObjects, a list or group as it is.
 */
export function translateIn(
  sources: readonly { language: Language; catalogue: Catalogue | undefined }[],
  key: string,
  options: TranslateOptions = {},
): unknown {
  for (const { language, catalogue } of sources) {
    const { count } = options;
    const value =
      typeof count === 'number'
        ? ((count === 0 ? lookUp(catalogue, `${key}_zero`) : undefined) ??
          lookUp(catalogue, `${key}_${pluralForm(language, count)}`) ??
          lookUp(catalogue, key))
        : lookUp(catalogue, key);
    if (typeof value === 'string') return interpolate(value, options);
    if (value !== undefined && options.returnObjects) return value;
  }
  return key;
}
