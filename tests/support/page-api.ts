import type { Page } from 'playwright-core';

export interface PageApiAnswer<T> {
  status: number;
  body: T;
}

/**
 * Calls the API from inside the page, with its cookies and the CSRF token the web app would
 * send: what a person could do with the browser's console, and how a test checks the server's
 * answer to a page's own session.
 */
export function apiFromPage<T = unknown>(
  page: Page,
  method: string,
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<PageApiAnswer<T>> {
  return page.evaluate(
    async ({ method, url, body, headers }) => {
      const { csrfToken } = (await (await fetch('/api/session')).json()) as { csrfToken: string };
      const response = await fetch(url, {
        method,
        headers: {
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          'x-csrf-token': csrfToken,
          ...headers,
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: response.status, body: (await response.json().catch(() => null)) as T };
    },
    { method, url, body, headers },
  );
}
