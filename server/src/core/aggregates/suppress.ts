/** Counts below this are shown as "< 5": they could point at one or a few people. */
export const SMALL_CELL = 5;

export interface SuppressedColumn {
  /** Each cell, or null where it is hidden. */
  cells: (number | null)[];
  /** The column's total, or null when it would give away a hidden cell. */
  total: number | null;
}

/**
 * Hides the small counts of one column (1 to 4; zero names nobody) and enough others that no
 * hidden cell can be recomputed from the shown cells and the total: when a single cell would be
 * hidden, the smallest shown count is hidden with it (complementary suppression); when there is
 * no other count to hide, the total goes. Pure: the same counts always give the same answer.
 */
export function suppressColumn(counts: readonly number[]): SuppressedColumn {
  const hidden = counts.map((n) => n > 0 && n < SMALL_CELL);
  const total = counts.reduce((sum, n) => sum + n, 0);
  if (hidden.filter(Boolean).length === 1) {
    let partner = -1;
    counts.forEach((n, i) => {
      if (!hidden[i] && n > 0 && (partner === -1 || n < counts[partner]!)) partner = i;
    });
    if (partner !== -1) hidden[partner] = true;
  }
  const stillAlone = hidden.filter(Boolean).length === 1;
  return {
    cells: counts.map((n, i) => (hidden[i] ? null : n)),
    total: stillAlone || (total > 0 && total < SMALL_CELL) ? null : total,
  };
}

/**
 * The suppressed cells of a column, rebuilt from the two the recipient sees: what a
 * differencing attempt learns (exactly one hidden cell means it is known).
 */
export function recoverable(column: SuppressedColumn): number | undefined {
  const hiddenCount = column.cells.filter((c) => c === null).length;
  if (hiddenCount !== 1 || column.total === null) return undefined;
  return column.total - column.cells.reduce<number>((sum, c) => sum + (c ?? 0), 0);
}
