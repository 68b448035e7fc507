/** Counts below this are shown as "< 5": they could point at one or a few people. */
export const SMALL_CELL = 5;

export interface SuppressedColumn {
  /** Each cell, or null where it is hidden. */
  cells: (number | null)[];
  /** The column's total, or null when it would give away a hidden cell. */
  total: number | null;
}

const small = (n: number) => n > 0 && n < SMALL_CELL;

/**
 * Hides the small counts of one column (1 to 4; zero names nobody) and enough others that no
 * hidden cell can be recomputed from the shown cells and the total: while a single cell is
 * hidden, or the hidden cells together are fewer than five (total minus the shown cells would
 * name them), the smallest shown count is hidden with them (complementary suppression); when
 * there is no other count to hide, the total goes. Pure: the same counts always give the same
 * answer.
 */
export function suppressColumn(counts: readonly number[]): SuppressedColumn {
  const hidden = counts.map(small);
  const total = counts.reduce((sum, n) => sum + n, 0);
  const exposed = () => {
    const cells = counts.filter((_, i) => hidden[i]);
    return cells.length === 1 || small(cells.reduce((sum, n) => sum + n, 0));
  };
  while (hidden.some(Boolean) && exposed()) {
    let partner = -1;
    counts.forEach((n, i) => {
      if (!hidden[i] && n > 0 && (partner === -1 || n < counts[partner]!)) partner = i;
    });
    if (partner === -1) break;
    hidden[partner] = true;
  }
  const giveaway = hidden.some(Boolean) && exposed();
  return {
    cells: counts.map((n, i) => (hidden[i] ? null : n)),
    total: giveaway || small(total) ? null : total,
  };
}

/**
 * One column of a view made of disjoint parts of the population (the people of organisations
 * that belong to exactly the same networks), suppressed consistently across every view that
 * shares a part. Each part is suppressed on its own, and a view shows a cell (or its total) only
 * when every part in it shows that cell (or its total). So each number any view shows is a sum
 * of numbers the parts' own suppressed columns show: subtracting one network from another, or
 * from "all organisations", yields at most a part's shown cells, never a hidden one.
 * `parts` are the columns of the parts in the view, all of the same length.
 */
export function suppressOverParts(
  length: number,
  parts: readonly (readonly number[])[],
): SuppressedColumn {
  const suppressed = parts.map(suppressColumn);
  const cells = Array.from({ length }, (_, i) =>
    suppressed.reduce<number | null>((sum, part) => {
      const cell = part.cells[i] ?? 0;
      return sum === null || part.cells[i] === null ? null : sum + cell;
    }, 0),
  );
  const total = suppressed.reduce<number | null>(
    (sum, part) => (sum === null || part.total === null ? null : sum + part.total),
    0,
  );
  return { cells, total };
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
