import type { ReactNode } from 'react';

type DataTableProps = {
  caption: string;
  /** The column headings; the first column holds each row's heading. */
  columns: readonly string[];
  rows: readonly { key: string; cells: readonly ReactNode[] }[];
  /** A closing row below the others (totals), its first cell the row's heading. */
  footer?: readonly ReactNode[];
  /** The wrapper's class (by default one that lets a wide table wrap on a narrow screen). */
  className?: string;
  /** A class for cells of figures, so they line up; every column but `textColumns` has them. */
  figureClassName?: string;
  /** Columns of text rather than figures. */
  textColumns?: readonly number[];
};

/**
 * A table of the design system with a caption, column headings and a heading per row: the
 * console's lists and the table alternative of each chart and of the map.
 */
export function DataTable({
  caption,
  columns,
  rows,
  footer,
  className = 'ods-wrapping-table',
  figureClassName,
  textColumns = [],
}: DataTableProps) {
  const cellClass = (index: number) =>
    figureClassName && !textColumns.includes(index)
      ? `utrecht-table__cell ${figureClassName}`
      : 'utrecht-table__cell';
  const row = (cells: readonly ReactNode[]) =>
    cells.map((cell, index) =>
      index === 0 ? (
        <th key={index} scope="row" className="utrecht-table__header-cell">
          {cell}
        </th>
      ) : (
        <td key={index} className={cellClass(index)}>
          {cell}
        </td>
      ),
    );
  return (
    <div className={className}>
      <table className="utrecht-table">
        <caption className="utrecht-table__caption">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {columns.map((column) => (
              <th key={column} scope="col" className="utrecht-table__header-cell">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((r) => (
            <tr key={r.key} className="utrecht-table__row">
              {row(r.cells)}
            </tr>
          ))}
        </tbody>
        {footer ? (
          <tfoot>
            <tr className="utrecht-table__row">{row(footer)}</tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}
