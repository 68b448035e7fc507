import { createHmac, timingSafeEqual } from 'node:crypto';

export type ReplyAction = 'accept' | 'decline';

/** What a one-click reply link stands for: one person, one session, one answer, one moment. */
export interface ReplyClaims {
  sessionId: string;
  userId: string;
  action: ReplyAction;
  /**
   * The start the link was made for (UTC ISO). The link expires then, and a session moved
   * since needs the newer mail.
   */
  startsAt: string;
}

export type ReplyTokenResult =
  { ok: true; claims: ReplyClaims } | { ok: false; reason: 'invalid' | 'expired' };

const PURPOSE = 'ods-reply-link-v1';
const VERSION = 1;
const PAYLOAD_BYTES = 1 + 16 + 16 + 1 + 6;
/** 128 bits of HMAC-SHA256: ample against forgery, and the link stays short enough to click. */
const MAC_BYTES = 16;
const ACTIONS: readonly ReplyAction[] = ['accept', 'decline'];

function mac(secret: string, payload: Buffer): Buffer {
  // The purpose is part of the MAC, so a signature made for anything else never passes here.
  return createHmac('sha256', secret)
    .update(PURPOSE)
    .update(payload)
    .digest()
    .subarray(0, MAC_BYTES);
}

const uuidBytes = (uuid: string) => Buffer.from(uuid.replace(/-/g, ''), 'hex');
const uuidText = (bytes: Buffer) =>
  bytes.toString('hex').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');

/** A signed, expiring link token (binary, base64url, about 75 characters); no database row needed. */
export function signReplyToken(secret: string, claims: ReplyClaims): string {
  const payload = Buffer.alloc(PAYLOAD_BYTES);
  payload.writeUInt8(VERSION, 0);
  uuidBytes(claims.sessionId).copy(payload, 1);
  uuidBytes(claims.userId).copy(payload, 17);
  payload.writeUInt8(ACTIONS.indexOf(claims.action), 33);
  payload.writeUIntBE(Math.floor(Date.parse(claims.startsAt) / 1000), 34, 6);
  return `${payload.toString('base64url')}.${mac(secret, payload).toString('base64url')}`;
}

/**
 * Decodes base64url only in its one canonical spelling. Node's decoder is lenient: it skips
 * characters outside the alphabet, accepts padding, and ignores the unused low bits of the
 * last character, so several strings decode to the same bytes. A token is accepted only when
 * it is exactly the string we would have written.
 */
function canonicalBase64url(text: string): Buffer | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? bytes : undefined;
}

/** Checks signature and expiry; a tampered or malformed token is 'invalid'. */
export function verifyReplyToken(secret: string, token: string, now: Date): ReplyTokenResult {
  const [encoded, signature, ...rest] = token.split('.');
  if (!encoded || !signature || rest.length > 0) return { ok: false, reason: 'invalid' };
  const payload = canonicalBase64url(encoded);
  const given = canonicalBase64url(signature);
  if (!payload || !given) return { ok: false, reason: 'invalid' };
  if (payload.length !== PAYLOAD_BYTES || payload.readUInt8(0) !== VERSION)
    return { ok: false, reason: 'invalid' };
  const expected = mac(secret, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: 'invalid' };
  const action = ACTIONS[payload.readUInt8(33)];
  if (!action) return { ok: false, reason: 'invalid' };
  const startsAt = new Date(payload.readUIntBE(34, 6) * 1000).toISOString();
  if (Date.parse(startsAt) <= now.getTime()) return { ok: false, reason: 'expired' };
  return {
    ok: true,
    claims: {
      sessionId: uuidText(payload.subarray(1, 17)),
      userId: uuidText(payload.subarray(17, 33)),
      action,
      startsAt,
    },
  };
}
