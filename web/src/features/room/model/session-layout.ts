/**
 * How the session page shares a wide screen: the video large with the notes beside it, or the
 * notes large with the video small. Kept per person in this browser, so whoever signs in next on
 * a shared computer gets their own choice (and the default until they make one).
 */
export type SessionLayout = 'video' | 'notes';

export const SESSION_LAYOUTS: readonly SessionLayout[] = ['video', 'notes'];

const KEY_PREFIX = 'ods-session-layout:';

export function storedSessionLayout(personId: string): SessionLayout {
  try {
    const value = window.localStorage.getItem(`${KEY_PREFIX}${personId}`);
    return value === 'notes' ? 'notes' : 'video';
  } catch {
    // Storage can be blocked by privacy settings; the video-first default is fine.
    return 'video';
  }
}

export function storeSessionLayout(personId: string, layout: SessionLayout): void {
  try {
    window.localStorage.setItem(`${KEY_PREFIX}${personId}`, layout);
  } catch {
    // See storedSessionLayout: the choice then lasts until the page is left.
  }
}
