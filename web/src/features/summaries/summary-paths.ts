/** The pages of this feature (route patterns for the router, builders for links). */
export const SUMMARY_PATHS = {
  summary: '/sessies/:id/samenvatting',
  pastSessions: '/sessies/afgerond',
} as const;

/** The summary page of a session. */
export function summaryPath(sessionId: string): string {
  return `/sessies/${encodeURIComponent(sessionId)}/samenvatting`;
}
