import type { ReactNode } from 'react';

type DataTableProps = {
  caption: string;
  /** The column headings; the first column holds each row's heading. */
  columns: readonly string[];
  rows: readonly { key: string; cells: readonly ReactNode[] }[];
  /** Columns of text rather than figures (left-aligned); figures line up at the end. */
  textColumns?: readonly number[];
};

/** The table alternative of a chart or the map: the same figures, as text. */
export function DataTable({ caption, columns, rows, textColumns = [] }: DataTableProps) {
  return (
    <div className="ods-overview__table">
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
          {rows.map((row) => (
            <tr key={row.key} className="utrecht-table__row">
              {row.cells.map((cell, index) =>
                index === 0 ? (
                  <th key={index} scope="row" className="utrecht-table__header-cell">
                    {cell}
                  </th>
                ) : (
                  <td
                    key={index}
                    className={
                      textColumns.includes(index)
                        ? 'utrecht-table__cell'
                        : 'utrecht-table__cell ods-overview__number'
                    }
                  >
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
