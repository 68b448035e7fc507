import type { MatchInput, PoolPerson } from '../../core/matcher/types.ts';

/**
 * The matcher's input as kept with a proposal, so an adjustment is checked against what the
 * matcher saw. Availability is the bulk of it (up to a few hundred slot ids per person), so it
 * is stored as a bitset over the round's slots in base64: for 10 000 people and 320 slots that
 * is about 0.5 MB instead of 80 MB of repeated timestamps.
 */
interface StoredInput {
  format: 1;
  slots: MatchInput['slots'];
  topics: MatchInput['topics'];
  cases: MatchInput['cases'];
  settings: Omit<MatchInput['settings'], 'deadline'>;
  pool: (Omit<PoolPerson, 'availableSlotIds'> & { free: string })[];
}

/** The input as stored (without the deadline, which belongs to one run). */
export function encodeMatchInput(input: MatchInput): string {
  const slotIndex = new Map(input.slots.map((s, i) => [s.id, i]));
  const bytes = Math.ceil(input.slots.length / 8);
  const settings = { ...input.settings };
  delete settings.deadline;
  const stored: StoredInput = {
    format: 1,
    slots: input.slots,
    topics: input.topics,
    cases: input.cases,
    settings,
    pool: input.pool.map(({ availableSlotIds, ...person }) => {
      const bits = Buffer.alloc(bytes);
      for (const id of availableSlotIds) {
        const i = slotIndex.get(id);
        if (i !== undefined) bits[i >>> 3]! |= 1 << (i & 7);
      }
      return { ...person, free: bits.toString('base64') };
    }),
  };
  return JSON.stringify(stored);
}

/** The input back as the matcher takes it. Slots a person was free in keep the slots' order. */
export function decodeMatchInput(text: string): MatchInput {
  const stored = JSON.parse(text) as StoredInput;
  const { slots } = stored;
  return {
    slots,
    topics: stored.topics,
    cases: stored.cases,
    settings: stored.settings,
    pool: stored.pool.map(({ free, ...person }) => {
      const bits = Buffer.from(free, 'base64');
      const availableSlotIds: string[] = [];
      for (let i = 0; i < slots.length; i++) {
        if ((bits[i >>> 3]! >>> (i & 7)) & 1) availableSlotIds.push(slots[i]!.id);
      }
      return { ...person, availableSlotIds };
    }),
  };
}
