// The first visit carries only the Dutch texts of what the first chunk renders (the layout, the
// landing and sign-in pages, the shared UI); the rest of nl.json loads with the first other page
// (see loadAllMessages in i18n.ts). The build (vite.config.ts) picks these parts out of nl.json and
// fails when a component in the first chunk uses a text outside them, so no page shows a bare key.

/** The parts of nl.json in the first chunk: whole sections, or single entries ('cases.nav'). */
export const LANDING_MESSAGE_PATHS: readonly string[] = [
  'app',
  'auth',
  'errors',
  'home',
  'notFound',
  'routeError',
  'ui',
  'cases.nav',
  'library.nav',
  'summaries.nav',
  'summaries.notice',
];

type Messages = { [key: string]: unknown };

const isMessages = (value: unknown): value is Messages =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The parts of `messages` named by `paths`, in the same nesting. */
export function pickMessages(messages: Messages, paths: readonly string[]): Messages {
  const picked: Messages = {};
  for (const path of paths) {
    const keys = path.split('.');
    let from: unknown = messages;
    let to = picked;
    keys.forEach((key, index) => {
      if (!isMessages(from) || !(key in from)) throw new Error(`nl.json has no ${path}`);
      if (index === keys.length - 1) {
        to[key] = from[key];
      } else {
        const next = to[key];
        to = isMessages(next) ? next : (to[key] = {});
      }
      from = from[key];
    });
  }
  return picked;
}

/**
 * The text keys a source file asks for: literal `t('a.b')`, and for a built key such as
 * `t(\`ui.alert.${type}\`)` the fixed part before the first placeholder ('ui.alert.').
 */
export function textKeysIn(source: string): string[] {
  const keys: string[] = [];
  for (const match of source.matchAll(/\bt\(\s*(?:'([^']+)'|"([^"]+)"|`([^`$]*))/g)) {
    const key = match[1] ?? match[2] ?? match[3];
    if (key) keys.push(key);
  }
  return keys;
}

/** True when the key (or the fixed start of a built key) lies inside one of the paths. */
export function isCovered(key: string, paths: readonly string[]): boolean {
  return paths.some((path) => key === path || key.startsWith(`${path}.`));
}
