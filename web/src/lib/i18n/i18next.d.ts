import type nl from './nl.json';

// Dutch is the source language: every key used in a component must exist in nl.json, and the
// en.json test checks that English has the same keys.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nl };
  }
}
