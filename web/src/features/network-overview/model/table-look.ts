/** The overview's own table look: full width, figures lined up at the end (network-overview.css). */
export const OVERVIEW_TABLE = {
  className: 'ods-overview__table',
  figureClassName: 'ods-overview__number',
} as const;
