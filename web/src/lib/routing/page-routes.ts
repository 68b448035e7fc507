import { PATHS } from './paths.ts';

/**
 * The path pattern of every page the browser router knows, so the server can answer an unknown
 * path with 404 (the build writes this list to dist/page-routes.json, server/src/plugins/web.ts
 * reads it). router.test.ts keeps it equal to the router's own routes.
 */
export const PAGE_ROUTES: readonly string[] = [
  PATHS.home,
  PATHS.login,
  PATHS.checkMail,
  PATHS.confirmLogin,
  PATHS.confirmEmailChange,
  PATHS.resumeByLink,
  PATHS.reply,
  PATHS.consentLink,
  PATHS.privacy,
  PATHS.accessibility,
  '/gespreksleider',
  '/sessies/afgerond',
  '/sessies/:id/samenvatting',
  '/bibliotheek',
  '/bibliotheek/:id',
  PATHS.profile,
  PATHS.pool,
  PATHS.sessions,
  PATHS.session,
  '/sessies/:id/notities',
  PATHS.account,
  PATHS.cases,
  PATHS.newCase,
  PATHS.caseDetail,
  PATHS.sparNow,
  PATHS.rounds,
  PATHS.console,
];
