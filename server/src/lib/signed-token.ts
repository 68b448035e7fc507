import { createHmac, timingSafeEqual } from 'node:crypto';

/** 128 bits of HMAC-SHA256: ample against forgery, and a link stays short enough to click. */
const MAC_BYTES = 16;

function mac(secret: string, purpose: string, payload: Buffer): Buffer {
  // The purpose is part of the MAC, so a signature made for anything else never passes.
  return createHmac('sha256', secret)
    .update(purpose)
    .update(payload)
    .digest()
    .subarray(0, MAC_BYTES);
}

/**
 * A signed link token, `payload.mac` in base64url, that needs no database row: one-click
 * reply links and consent links. What a link may do is only ever done by a POST from the page
 * it opens, so a mail scanner opening it changes nothing.
 */
export function signToken(secret: string, purpose: string, payload: Buffer): string {
  return `${payload.toString('base64url')}.${mac(secret, purpose, payload).toString('base64url')}`;
}

/**
 * Decodes base64url only in its one canonical spelling. Node's decoder is lenient: it skips
 * characters outside the alphabet, accepts padding, and ignores the unused low bits of the
 * last character, so several strings decode to the same bytes. A token is accepted only when
 * it is exactly the string we would have written.
 */
export function canonicalBase64url(text: string): Buffer | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? bytes : undefined;
}

/** The payload of a token signed for this purpose, of this length; undefined if it is not one. */
export function openToken(
  secret: string,
  purpose: string,
  token: string,
  payloadBytes: number,
): Buffer | undefined {
  const [encoded, signature, ...rest] = token.split('.');
  if (!encoded || !signature || rest.length > 0) return undefined;
  const payload = canonicalBase64url(encoded);
  const given = canonicalBase64url(signature);
  if (!payload || !given || payload.length !== payloadBytes) return undefined;
  const expected = mac(secret, purpose, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  return payload;
}

export const uuidBytes = (uuid: string) => Buffer.from(uuid.replace(/-/g, ''), 'hex');
export const uuidText = (bytes: Buffer) =>
  bytes.toString('hex').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');
