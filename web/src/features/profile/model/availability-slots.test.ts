import { describe, expect, it } from 'vitest';
import { validateAvailability } from '@ods/shared/availability';
import {
  blocksToSlots,
  hasBlocksOutsideGrid,
  slotKey,
  slotsToBlocks,
} from './availability-slots.ts';

describe('slotsToBlocks', () => {
  it('merges consecutive ticked hours of a day into one block', () => {
    const slots = [slotKey(1, 9), slotKey(1, 10), slotKey(1, 11)];
    expect(slotsToBlocks(slots)).toEqual([{ weekday: 1, startMinute: 540, endMinute: 720 }]);
  });

  it('keeps separate blocks for hours with a gap, and for different days, sorted', () => {
    const slots = [slotKey(3, 14), slotKey(1, 16), slotKey(1, 8), slotKey(1, 9)];
    expect(slotsToBlocks(slots)).toEqual([
      { weekday: 1, startMinute: 480, endMinute: 600 },
      { weekday: 1, startMinute: 960, endMinute: 1020 },
      { weekday: 3, startMinute: 840, endMinute: 900 },
    ]);
  });

  it('gives nothing for an empty grid and produces blocks the shared validator accepts', () => {
    expect(slotsToBlocks([])).toEqual([]);
    const everyHour = [1, 2, 3, 4, 5].flatMap((day) =>
      [8, 9, 10, 11, 12, 13, 14, 15, 16, 17].map((hour) => slotKey(day, hour)),
    );
    const blocks = slotsToBlocks(everyHour);
    expect(blocks).toHaveLength(5);
    expect(validateAvailability(blocks)).toEqual([]);
  });
});

describe('blocksToSlots', () => {
  it('ticks the hours a saved block covers, so editing shows what was saved', () => {
    const blocks = [{ weekday: 2, startMinute: 600, endMinute: 780 }];
    expect([...blocksToSlots(blocks)].sort()).toEqual(['2:10', '2:11', '2:12']);
  });

  it('round-trips: ticked hours → blocks → the same ticked hours', () => {
    const slots = new Set([slotKey(1, 8), slotKey(1, 9), slotKey(5, 17), slotKey(4, 12)]);
    expect(blocksToSlots(slotsToBlocks(slots))).toEqual(slots);
  });

  it('notices blocks the grid cannot show (weekend, evening, half hours)', () => {
    expect(hasBlocksOutsideGrid([{ weekday: 1, startMinute: 540, endMinute: 600 }])).toBe(false);
    expect(hasBlocksOutsideGrid([{ weekday: 6, startMinute: 540, endMinute: 600 }])).toBe(true);
    expect(hasBlocksOutsideGrid([{ weekday: 1, startMinute: 1080, endMinute: 1200 }])).toBe(true);
    expect(hasBlocksOutsideGrid([{ weekday: 1, startMinute: 570, endMinute: 660 }])).toBe(true);
  });
});
