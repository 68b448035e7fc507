import { type ComponentType, use } from 'react';
import { loadAllMessages } from '../lib/i18n/i18n.ts';

export type LazyPage = {
  /** Renders the page, suspending until its chunk and every Dutch text have loaded. */
  Page: ComponentType;
  /** Starts loading (once); main.tsx calls it for the page opened directly, before rendering. */
  preload: () => Promise<unknown>;
};

/**
 * A page in its own chunk, so the first visit of the landing page does not carry it. It waits
 * for the rest of the Dutch texts too (the first chunk has only the landing's, see
 * lib/i18n/landing-messages.ts). While it loads after a link, the router's transition keeps the
 * previous page on screen; a chunk that fails to load (a new release, the network) reaches the
 * page error boundary and is tried again on the next visit.
 */
export function lazyPage(load: () => Promise<ComponentType>): LazyPage {
  let loaded: ComponentType | undefined;
  let loading: Promise<ComponentType> | undefined;
  const preload = () => {
    loading ??= Promise.all([load(), loadAllMessages()]).then(
      ([component]) => (loaded = component),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  function Page() {
    const Component = loaded ?? use(preload());
    return <Component />;
  }
  return { Page, preload };
}
