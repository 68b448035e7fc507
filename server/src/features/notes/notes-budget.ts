import { createDecoder, readVarUint } from 'lib0/decoding';

// Hocuspocus message types (after the document name) that carry presence, not content.
const AWARENESS = 1;
const QUERY_AWARENESS = 3;

/** A token bucket: holds up to `burst`, refills at `perSecond`; a message takes its cost. */
export interface Allowance {
  burst: number;
  perSecond: number;
}

export interface StreamBudget {
  messages: Allowance;
  bytes: Allowance;
}

/**
 * What one notes connection may send. Sized for people, generously: fast typing (10–15
 * keystrokes a second, each an edit and a cursor move), a held-down key (~30 a second), a
 * long paste (up to NOTES_LIMITS.messageBytes in one message) and the sync burst after a
 * reconnect (the whole document, at most NOTES_LIMITS.documentBytes), all well inside; a
 * script that sends thousands a second is stopped within a fraction of a second.
 */
export const NOTES_BUDGETS = {
  /** Edits, sync, authentication and stateless (phase) messages. */
  document: {
    messages: { burst: 600, perSecond: 60 },
    bytes: { burst: 6 * 1024 * 1024, perSecond: 256 * 1024 },
  },
  /** Presence: cursors, selections, names. */
  awareness: {
    messages: { burst: 600, perSecond: 60 },
    bytes: { burst: 1024 * 1024, perSecond: 64 * 1024 },
  },
} as const satisfies Record<string, StreamBudget>;

class TokenBucket {
  private tokens: number;
  private last: number;
  private readonly allowance: Allowance;

  constructor(allowance: Allowance, now: number) {
    this.allowance = allowance;
    this.tokens = allowance.burst;
    this.last = now;
  }

  take(cost: number, now: number): boolean {
    const { burst, perSecond } = this.allowance;
    this.tokens = Math.min(burst, this.tokens + ((now - this.last) / 1000) * perSecond);
    this.last = now;
    if (cost > this.tokens) return false;
    this.tokens -= cost;
    return true;
  }
}

class StreamBuckets {
  private readonly messages: TokenBucket;
  private readonly bytes: TokenBucket;

  constructor(budget: StreamBudget, now: number) {
    this.messages = new TokenBucket(budget.messages, now);
    this.bytes = new TokenBucket(budget.bytes, now);
  }

  take(byteLength: number, now: number): boolean {
    // Both are taken even when the first refuses: the connection is closed then anyway.
    const message = this.messages.take(1, now);
    const bytes = this.bytes.take(byteLength, now);
    return message && bytes;
  }
}

/** Whether a Hocuspocus message is presence (awareness) rather than document content. */
export function isAwarenessMessage(message: Uint8Array): boolean {
  try {
    const decoder = createDecoder(message);
    const nameLength = readVarUint(decoder);
    decoder.pos += nameLength; // skip the document name
    const type = readVarUint(decoder);
    return type === AWARENESS || type === QUERY_AWARENESS;
  } catch {
    // Not a message Hocuspocus can read either; it is counted as content.
    return false;
  }
}

/**
 * The budget of one connection: a message that does not fit means the connection is closed
 * (tooManyMessages). `now` is a monotonic time in ms (performance.now()).
 */
export class ConnectionBudget {
  private readonly document: StreamBuckets;
  private readonly awareness: StreamBuckets;

  constructor(
    now: number,
    budgets: Record<keyof typeof NOTES_BUDGETS, StreamBudget> = NOTES_BUDGETS,
  ) {
    this.document = new StreamBuckets(budgets.document, now);
    this.awareness = new StreamBuckets(budgets.awareness, now);
  }

  /** Takes the message's cost; false when it is over budget. */
  allows(message: Uint8Array, now: number): boolean {
    const stream = isAwarenessMessage(message) ? this.awareness : this.document;
    return stream.take(message.byteLength, now);
  }
}
