import type { AvailabilityBlock } from '@ods/shared/availability';

/** The grid the form shows: Monday to Friday, hourly from 08:00 to 18:00 (Europe/Amsterdam). */
export const GRID_WEEKDAYS = [1, 2, 3, 4, 5] as const;
export const GRID_HOURS = [8, 9, 10, 11, 12, 13, 14, 15, 16, 17] as const;

/** One hour in the week, as "weekday:hour", e.g. "1:9" for Monday 09:00–10:00. */
export type SlotKey = `${number}:${number}`;

/** The key of one hourly slot. */
export function slotKey(weekday: number, hour: number): SlotKey {
  return `${weekday}:${hour}`;
}

function parseSlotKey(key: SlotKey): { weekday: number; hour: number } {
  const [weekday, hour] = key.split(':').map(Number);
  return { weekday: weekday ?? 0, hour: hour ?? 0 };
}

/**
 * Turns ticked hours into the blocks the API stores, merging consecutive hours of a day into one
 * block (Monday 09, 10 and 11 become 09:00–12:00). Blocks come out sorted by day and time.
 */
export function slotsToBlocks(slots: Iterable<SlotKey>): AvailabilityBlock[] {
  const hoursByDay = new Map<number, number[]>();
  for (const key of new Set(slots)) {
    const { weekday, hour } = parseSlotKey(key);
    hoursByDay.set(weekday, [...(hoursByDay.get(weekday) ?? []), hour]);
  }
  const blocks: AvailabilityBlock[] = [];
  for (const weekday of [...hoursByDay.keys()].sort((a, b) => a - b)) {
    const hours = (hoursByDay.get(weekday) ?? []).sort((a, b) => a - b);
    let start = hours[0];
    for (let index = 0; index < hours.length; index += 1) {
      const hour = hours[index]!;
      const next = hours[index + 1];
      if (next !== hour + 1) {
        blocks.push({ weekday, startMinute: (start ?? hour) * 60, endMinute: (hour + 1) * 60 });
        start = next;
      }
    }
  }
  return blocks;
}

/**
 * The grid hours a list of blocks covers completely. Parts of blocks outside the grid (evenings,
 * weekends, half hours) have no box to tick and are left out.
 */
export function blocksToSlots(blocks: readonly AvailabilityBlock[]): Set<SlotKey> {
  const slots = new Set<SlotKey>();
  for (const block of blocks) {
    for (const hour of GRID_HOURS) {
      const inGridDay = (GRID_WEEKDAYS as readonly number[]).includes(block.weekday);
      if (inGridDay && block.startMinute <= hour * 60 && (hour + 1) * 60 <= block.endMinute) {
        slots.add(slotKey(block.weekday, hour));
      }
    }
  }
  return slots;
}

/** True when some blocks reach outside the grid, so saving the grid would drop those parts. */
export function hasBlocksOutsideGrid(blocks: readonly AvailabilityBlock[]): boolean {
  const covered = slotsToBlocks(blocksToSlots(blocks));
  const minutes = (list: readonly AvailabilityBlock[]) =>
    list.reduce((sum, block) => sum + block.endMinute - block.startMinute, 0);
  return minutes(covered) < minutes(blocks);
}
