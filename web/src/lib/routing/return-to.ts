const KEY = 'ods-return-to';

/**
 * Remembers the page someone wanted before they had to sign in. The sign-in link arrives by
 * mail and often opens in a new tab, so router state would be lost; localStorage is not.
 */
export function rememberReturnTo(path: string): void {
  try {
    window.localStorage.setItem(KEY, path);
  } catch {
    // Storage can be blocked; then they land on the default page, which is fine.
  }
}

/** The remembered page (only a path on this site), forgotten once read. */
export function takeReturnTo(): string | null {
  try {
    const path = window.localStorage.getItem(KEY);
    window.localStorage.removeItem(KEY);
    return path && path.startsWith('/') && !path.startsWith('//') ? path : null;
  } catch {
    return null;
  }
}
