// The CSRF token comes from GET /api/session and from sign-in answers. It lives in memory only:
// the cookie that pairs with it is httpOnly, so a page script never sees the secret half.
let currentToken: string | undefined;

/** Remembers the token from the latest session answer. */
export function rememberCsrfToken(token: string | undefined): void {
  currentToken = token;
}

/** The token to send with the next state-changing request, if one is known. */
export function knownCsrfToken(): string | undefined {
  return currentToken;
}
