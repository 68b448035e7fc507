import { openToken, signToken, uuidBytes, uuidText } from '../../lib/signed-token.ts';

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
const ACTIONS: readonly ReplyAction[] = ['accept', 'decline'];

/** A signed, expiring link token (binary, base64url, about 75 characters); no database row needed. */
export function signReplyToken(secret: string, claims: ReplyClaims): string {
  const payload = Buffer.alloc(PAYLOAD_BYTES);
  payload.writeUInt8(VERSION, 0);
  uuidBytes(claims.sessionId).copy(payload, 1);
  uuidBytes(claims.userId).copy(payload, 17);
  payload.writeUInt8(ACTIONS.indexOf(claims.action), 33);
  payload.writeUIntBE(Math.floor(Date.parse(claims.startsAt) / 1000), 34, 6);
  return signToken(secret, PURPOSE, payload);
}

/** Checks signature and expiry; a tampered or malformed token is 'invalid'. */
export function verifyReplyToken(secret: string, token: string, now: Date): ReplyTokenResult {
  const payload = openToken(secret, PURPOSE, token, PAYLOAD_BYTES);
  if (!payload || payload.readUInt8(0) !== VERSION) return { ok: false, reason: 'invalid' };
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
