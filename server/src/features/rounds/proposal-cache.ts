import type { StoredProposal } from './round-proposal.ts';

/**
 * What a round's stored proposal is as of a read: the version (every adjustment, new search
 * and erasure counts it up), the state and the commit time (a commit adds the sessions). Every
 * write of match_rounds.proposal changes one of them, so a proposal cached under a stamp is the
 * stored one for as long as the row has that stamp.
 */
export interface ProposalStamp {
  version: number;
  state: string;
  committed_at: string | null;
}

const stampText = (stamp: ProposalStamp) =>
  `${stamp.version}|${stamp.state}|${stamp.committed_at ?? ''}`;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * Parsed proposals of the rounds read lately, so paging through a round of 10 000 people does
 * not read and parse its 4 MB of JSON for every page (20 ms of CPU each). Bounded by the stored
 * text's length (the parsed form takes a few times that); least recently read goes first.
 * Entries are frozen: a caller changing a cached proposal would change it for every later read.
 */
export class ProposalCache {
  readonly #entries = new Map<string, { stamp: string; proposal: StoredProposal; size: number }>();
  readonly #loading = new Map<string, Promise<unknown>>();
  #size = 0;
  readonly maxChars: number;

  constructor(maxChars: number) {
    this.maxChars = maxChars;
  }

  get(id: string, stamp: ProposalStamp): StoredProposal | undefined {
    const entry = this.#entries.get(id);
    if (!entry) return undefined;
    if (entry.stamp !== stampText(stamp)) {
      this.#drop(id);
      return undefined;
    }
    this.#entries.delete(id);
    this.#entries.set(id, entry);
    return entry.proposal;
  }

  /** Keeps the proposal parsed from `text` (and returns it, frozen). */
  set(id: string, stamp: ProposalStamp, text: string, proposal: StoredProposal): StoredProposal {
    this.#drop(id);
    if (text.length > this.maxChars) return proposal;
    this.#entries.set(id, {
      stamp: stampText(stamp),
      proposal: deepFreeze(proposal),
      size: text.length,
    });
    this.#size += text.length;
    while (this.#size > this.maxChars) this.#drop(this.#entries.keys().next().value!);
    return proposal;
  }

  /**
   * Runs `load` once for the concurrent callers about one round: twenty coordinators' reads
   * that miss at the same moment read and parse the 4 MB once, not twenty times side by side
   * (which held them all in memory at once: hundreds of MiB that the process kept).
   */
  once<T>(id: string, load: () => Promise<T>): Promise<T> {
    const running = this.#loading.get(id) as Promise<T> | undefined;
    if (running) return running;
    const started = load().finally(() => this.#loading.delete(id));
    this.#loading.set(id, started);
    return started;
  }

  #drop(id: string): void {
    const entry = this.#entries.get(id);
    if (!entry) return;
    this.#entries.delete(id);
    this.#size -= entry.size;
  }
}
