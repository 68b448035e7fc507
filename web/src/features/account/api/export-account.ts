/**
 * GET /api/account/export: all own data as a JSON file. A plain link downloads it (the session
 * cookie goes along on a same-origin GET), so no script has to hold the data.
 */
export const ACCOUNT_EXPORT_URL = '/api/account/export';
