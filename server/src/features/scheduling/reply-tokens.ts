import { createHmac, timingSafeEqual } from 'node:crypto';

export type ReplyAction = 'accept' | 'decline';

/** What a one-click reply link stands for: one person, one session, one answer, one moment. */
export interface ReplyClaims {
  sessionId: string;
  userId: string;
  action: ReplyAction;
  /** The start the link was made for (UTC ISO); a moved session needs the newer mail. */
  startsAt: string;
  /** Until when the link works (UTC ISO): the start of the session. */
  expiresAt: string;
}

export type ReplyTokenResult =
  { ok: true; claims: ReplyClaims } | { ok: false; reason: 'invalid' | 'expired' };

const PURPOSE = 'ods-reply-link-v1';

function mac(secret: string, payload: string): Buffer {
  // The purpose is part of the MAC, so a signature made for anything else never passes here.
  return createHmac('sha256', secret).update(`${PURPOSE}\n${payload}`).digest();
}

/** A signed, expiring link token; no database row is needed to check it. */
export function signReplyToken(secret: string, claims: ReplyClaims): string {
  const payload = Buffer.from(
    JSON.stringify([
      claims.sessionId,
      claims.userId,
      claims.action,
      claims.startsAt,
      claims.expiresAt,
    ]),
  ).toString('base64url');
  return `${payload}.${mac(secret, payload).toString('base64url')}`;
}

/** Checks signature and expiry; a tampered or malformed token is 'invalid'. */
export function verifyReplyToken(secret: string, token: string, now: Date): ReplyTokenResult {
  const [payload, signature, ...rest] = token.split('.');
  if (!payload || !signature || rest.length > 0) return { ok: false, reason: 'invalid' };
  const expected = mac(secret, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: 'invalid' };
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (!Array.isArray(parts) || parts.length !== 5 || !parts.every((p) => typeof p === 'string'))
    return { ok: false, reason: 'invalid' };
  const [sessionId, userId, action, startsAt, expiresAt] = parts;
  if (action !== 'accept' && action !== 'decline') return { ok: false, reason: 'invalid' };
  if (Date.parse(expiresAt!) <= now.getTime()) return { ok: false, reason: 'expired' };
  return {
    ok: true,
    claims: {
      sessionId: sessionId!,
      userId: userId!,
      action,
      startsAt: startsAt!,
      expiresAt: expiresAt!,
    },
  };
}
