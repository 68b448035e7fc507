import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import {
  isCovered,
  LANDING_MESSAGE_PATHS,
  pickMessages,
  textKeysIn,
} from './src/lib/i18n/landing-messages.ts';

const sourceDir = fileURLToPath(new URL('./src/', import.meta.url));
const LANDING_MESSAGES_ID = 'virtual:ods/landing-messages';

/**
 * `virtual:ods/landing-messages`: the parts of nl.json the first chunk needs
 * (src/lib/i18n/landing-messages.ts). After bundling, every text key used by a source file in
 * the first chunk (the entry and what it imports statically) must lie in those parts.
 */
export function landingMessages(): Plugin {
  const resolved = `\0${LANDING_MESSAGES_ID}`;
  const dutch = `${sourceDir}lib/i18n/nl.json`;
  return {
    name: 'ods-landing-messages',
    resolveId: (id) => (id === LANDING_MESSAGES_ID ? resolved : undefined),
    load(id) {
      if (id !== resolved) return undefined;
      this.addWatchFile(dutch);
      const all = JSON.parse(readFileSync(dutch, 'utf8')) as Record<string, unknown>;
      const messages = pickMessages(all, LANDING_MESSAGE_PATHS);
      return `export default ${JSON.stringify(messages)};`;
    },
    generateBundle(_options, bundle) {
      const chunks = new Map(
        Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c]] : [])),
      );
      const first = new Set([...chunks.values()].filter((chunk) => chunk.isEntry));
      for (const chunk of first) {
        for (const name of chunk.imports) first.add(chunks.get(name)!);
      }
      const missing = [...first]
        .flatMap((chunk) => chunk.moduleIds)
        .filter((id) => id.startsWith(sourceDir) && /\.tsx?$/.test(id))
        .flatMap((id) =>
          textKeysIn(readFileSync(id, 'utf8'))
            .filter((key) => !isCovered(key, LANDING_MESSAGE_PATHS))
            .map((key) => `${id.slice(sourceDir.length)}: ${key}`),
        );
      if (missing.length > 0) {
        this.error(
          `texts used in the first chunk but not in LANDING_MESSAGE_PATHS (src/lib/i18n/landing-messages.ts):\n${missing.join('\n')}`,
        );
      }
    },
  };
}
