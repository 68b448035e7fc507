/** How long a person's new notes connections are refused after one went over its budget. */
export const NOTES_COOLDOWN_MS = 20_000;
// Past this many people in cooldown, expired entries are dropped (they are checked lazily).
const PRUNE_AT = 1_000;

/**
 * Who went over a connection budget recently, per person (on this instance). Without it a
 * client closed for flooding could reconnect at once with a fresh budget, and flood again;
 * the web client waits longer than this before it reconnects (see the 'pause' close action).
 */
export class NotesCooldown {
  private readonly until = new Map<string, number>();

  start(userId: string, now: number): void {
    if (this.until.size >= PRUNE_AT) {
      for (const [id, end] of this.until) if (end <= now) this.until.delete(id);
    }
    this.until.set(userId, now + NOTES_COOLDOWN_MS);
  }

  active(userId: string, now: number): boolean {
    const end = this.until.get(userId);
    if (end === undefined) return false;
    if (end > now) return true;
    this.until.delete(userId);
    return false;
  }
}
