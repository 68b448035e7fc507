const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * Other spellings of a token that a lenient base64url decoder reads as the same bytes: each
 * dot-separated part with its last character swapped for one that differs only in the unused
 * low bits, with padding appended, and with a character outside the alphabet inserted (Node
 * skips those). A strict verifier refuses every one of them.
 */
export function nonCanonicalVariants(token: string): string[] {
  const parts = token.split('.');
  const variants = new Set<string>();
  parts.forEach((part, i) => {
    const replace = (next: string) =>
      variants.add([...parts.slice(0, i), next, ...parts.slice(i + 1)].join('.'));
    const bytes = Buffer.from(part, 'base64url');
    for (const c of ALPHABET) {
      const next = part.slice(0, -1) + c;
      if (next !== part && Buffer.from(next, 'base64url').equals(bytes)) replace(next);
    }
    replace(`${part}=`);
    replace(`${part.slice(0, 4)}!${part.slice(4)}`);
    replace(`${part.slice(0, 4)}+${part.slice(4)}`);
  });
  variants.delete(token);
  return [...variants];
}
