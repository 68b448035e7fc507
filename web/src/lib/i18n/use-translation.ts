import { useMemo, useSyncExternalStore } from 'react';
import type { Language } from '@ods/shared/api/limits';
import { subscribeToTexts, textsRevision, translate } from './i18n.ts';
import { currentLanguage } from './language.ts';
import type nl from './nl.json';

// Keys are checked against nl.json, the source language (translations.test.ts keeps en.json
// equal to it): a text key is the path of a text, without its _zero/_one/_other ending; a group
// key names a list or group, read with { returnObjects: true }.
type Messages = typeof nl;
type WithoutPlural<K extends string> = K extends `${infer Base}_${'zero' | 'one' | 'other'}`
  ? Base
  : K;
type TextKeys<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${WithoutPlural<K>}`
    : T[K] extends readonly unknown[]
      ? never
      : TextKeys<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
type GroupKeys<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? never
    : T[K] extends readonly unknown[]
      ? `${Prefix}${K}`
      : `${Prefix}${K}` | GroupKeys<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
type ValueAt<T, K extends string> = K extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? ValueAt<T[Head], Rest>
    : never
  : K extends keyof T
    ? T[K]
    : never;

export type TextKey = TextKeys<Messages>;
export type GroupKey = GroupKeys<Messages>;
/** Values for the {{placeholders}}; `count` also picks the plural form. */
export type TextValues = { [name: string]: string | number | null | undefined };

export interface TFunction {
  (key: TextKey, values?: TextValues): string;
  <K extends GroupKey>(key: K, options: { returnObjects: true }): ValueAt<Messages, K>;
}

/** The translate function and language; the component re-renders when either changes. */
export function useTranslation(): { t: TFunction; i18n: { language: Language } } {
  const revision = useSyncExternalStore(subscribeToTexts, textsRevision);
  // A new function after each change, so memoised children that take `t` render again too.
  const t = useMemo(() => {
    void revision;
    return ((key: string, options?: TextValues & { returnObjects?: boolean }) =>
      translate(key, options)) as TFunction;
  }, [revision]);
  return { t, i18n: { language: currentLanguage() } };
}
