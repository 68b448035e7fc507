// Plain constants of the room feature, without TypeBox, so the browser can import them.

/** What a report about a session can be about. */
export const SESSION_REPORT_KINDS = ['behaviour', 'real-case', 'other'] as const;
export type SessionReportKindName = (typeof SESSION_REPORT_KINDS)[number];

/** The longest description a report may have. */
export const REPORT_DETAILS_MAX = 2000;
