import { openToken, signToken, uuidBytes, uuidText } from '../../lib/signed-token.ts';

/** What a consent link stands for: one person asked about one session's summary, until when. */
export interface ConsentClaims {
  sessionId: string;
  userId: string;
  expiresAt: string;
}

export type ConsentTokenResult =
  { ok: true; claims: ConsentClaims } | { ok: false; reason: 'invalid' | 'expired' };

const PURPOSE = 'ods-consent-link-v1';
const VERSION = 1;
const PAYLOAD_BYTES = 1 + 16 + 16 + 6;
/** A consent link works for a month: longer than the question stays open, short enough to end. */
export const CONSENT_LINK_DAYS = 30;

/** The token of a "bekijk en stem in" link. It only opens a page; agreeing takes a click there. */
export function signConsentToken(secret: string, claims: ConsentClaims): string {
  const payload = Buffer.alloc(PAYLOAD_BYTES);
  payload.writeUInt8(VERSION, 0);
  uuidBytes(claims.sessionId).copy(payload, 1);
  uuidBytes(claims.userId).copy(payload, 17);
  payload.writeUIntBE(Math.floor(Date.parse(claims.expiresAt) / 1000), 33, 6);
  return signToken(secret, PURPOSE, payload);
}

/** Checks signature and expiry; a tampered or malformed token is 'invalid'. */
export function verifyConsentToken(secret: string, token: string, now: Date): ConsentTokenResult {
  const payload = openToken(secret, PURPOSE, token, PAYLOAD_BYTES);
  if (!payload || payload.readUInt8(0) !== VERSION) return { ok: false, reason: 'invalid' };
  const expiresAt = new Date(payload.readUIntBE(33, 6) * 1000).toISOString();
  if (Date.parse(expiresAt) <= now.getTime()) return { ok: false, reason: 'expired' };
  return {
    ok: true,
    claims: {
      sessionId: uuidText(payload.subarray(1, 17)),
      userId: uuidText(payload.subarray(17, 33)),
      expiresAt,
    },
  };
}
