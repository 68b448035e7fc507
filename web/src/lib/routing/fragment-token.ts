/**
 * Reads the token from a mailed link's fragment ("#token=…"). Links carry it in the fragment
 * because browsers never send fragments to the server, so tokens stay out of server logs.
 */
export function tokenFromFragment(hash: string): string | undefined {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && /^[A-Za-z0-9_-]{20,200}$/.test(token) ? token : undefined;
}
