import type { ComponentType } from 'react';
import { BrowserRouter, matchRoutes, type RouteObject, useRoutes } from 'react-router';
import { CheckMailPage } from '../features/auth/components/check-mail-page.tsx';
import { ConfirmEmailChangePage } from '../features/auth/components/confirm-email-change-page.tsx';
import { ConfirmLoginPage } from '../features/auth/components/confirm-login-page.tsx';
import { LoginPage } from '../features/auth/components/login-page.tsx';
import { HomePage } from '../features/static-pages/components/home-page.tsx';
import { NotFoundPage } from '../features/static-pages/components/not-found-page.tsx';
import { AppLayout } from './layout/app-layout.tsx';
import { PageBoundary } from './layout/page-error-boundary.tsx';
import { lazyPage } from './lazy-page.tsx';
import { PATHS } from '../lib/routing/paths.ts';
import { RequireSession } from './require-session.tsx';

type PageHandle = { preload?: () => Promise<unknown> };

/** A route's page in its own chunk (see lazyPage); the handle lets main.tsx load it early. */
function page(load: () => Promise<ComponentType>): Pick<RouteObject, 'element' | 'handle'> {
  const { Page, preload } = lazyPage(load);
  const handle: PageHandle = { preload };
  return { element: <Page />, handle };
}

/**
 * Every page of the app. The landing and sign-in pages are in the main bundle; the rest loads on
 * demand, so the first visit stays light (declarative routes: the data router's loaders and
 * actions, unused here, would add 16 kB to the first visit). A new path belongs in lib/routing/page-routes.ts too
 * (the server answers 404 for any other path; router.test.ts checks the two agree).
 */
export const APP_ROUTES: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      {
        element: <PageBoundary />,
        children: [
          { index: true, element: <HomePage /> },
          { path: PATHS.login, element: <LoginPage /> },
          { path: PATHS.checkMail, element: <CheckMailPage /> },
          { path: PATHS.confirmLogin, element: <ConfirmLoginPage /> },
          { path: PATHS.confirmEmailChange, element: <ConfirmEmailChangePage /> },
          {
            path: PATHS.resumeByLink,
            ...page(
              async () => (await import('../features/pool/components/resume-page.tsx')).ResumePage,
            ),
          },
          {
            path: PATHS.reply,
            ...page(
              async () =>
                (await import('../features/sessions/components/reply-confirm-page.tsx'))
                  .ReplyConfirmPage,
            ),
          },
          {
            path: PATHS.consentLink,
            ...page(
              async () =>
                (await import('../features/summaries/components/consent-link-page.tsx'))
                  .ConsentLinkPage,
            ),
          },
          {
            path: PATHS.privacy,
            ...page(
              async () =>
                (await import('../features/static-pages/components/privacy-page.tsx')).PrivacyPage,
            ),
          },
          {
            path: PATHS.accessibility,
            ...page(
              async () =>
                (await import('../features/static-pages/components/accessibility-page.tsx'))
                  .AccessibilityPage,
            ),
          },
          {
            path: '/gespreksleider',
            ...page(
              async () =>
                (await import('../features/notes/components/facilitator-guide-page.tsx'))
                  .FacilitatorGuidePage,
            ),
          },
          {
            element: <RequireSession />,
            children: [
              {
                path: '/sessies/afgerond',
                ...page(
                  async () =>
                    (await import('../features/summaries/components/past-sessions-page.tsx'))
                      .PastSessionsPage,
                ),
              },
              {
                path: '/sessies/:id/samenvatting',
                ...page(
                  async () =>
                    (await import('../features/summaries/components/summary-page.tsx')).SummaryPage,
                ),
              },
              {
                path: '/bibliotheek',
                ...page(
                  async () =>
                    (await import('../features/library/components/library-page.tsx')).LibraryPage,
                ),
              },
              {
                path: '/bibliotheek/:id',
                ...page(
                  async () =>
                    (await import('../features/library/components/library-entry-page.tsx'))
                      .LibraryEntryPage,
                ),
              },
              {
                path: PATHS.profile,
                ...page(
                  async () =>
                    (await import('../features/profile/components/profile-page.tsx')).ProfilePage,
                ),
              },
              {
                path: PATHS.pool,
                ...page(
                  async () => (await import('../features/pool/components/pool-page.tsx')).PoolPage,
                ),
              },
              {
                path: PATHS.sessions,
                ...page(
                  async () =>
                    (await import('../features/sessions/components/my-sessions-page.tsx'))
                      .MySessionsPage,
                ),
              },
              {
                path: PATHS.session,
                ...page(async () => (await import('./routes/session-page.tsx')).SessionPage),
              },
              {
                path: '/sessies/:id/notities',
                ...page(
                  async () =>
                    (await import('../features/notes/components/notes-print-page.tsx'))
                      .NotesPrintPage,
                ),
              },
              {
                path: PATHS.account,
                ...page(
                  async () =>
                    (await import('../features/account/components/account-page.tsx')).AccountPage,
                ),
              },
              {
                path: PATHS.cases,
                ...page(
                  async () =>
                    (await import('../features/cases/components/cases-page.tsx')).CasesPage,
                ),
              },
              {
                path: PATHS.newCase,
                ...page(
                  async () =>
                    (await import('../features/cases/components/new-case-page.tsx')).NewCasePage,
                ),
              },
              {
                path: PATHS.caseDetail,
                ...page(
                  async () => (await import('../features/cases/components/case-page.tsx')).CasePage,
                ),
              },
              {
                path: PATHS.sparNow,
                ...page(
                  async () =>
                    (await import('../features/sessions/components/spar-now-page.tsx')).SparNowPage,
                ),
              },
              {
                path: PATHS.rounds,
                ...page(
                  async () =>
                    (await import('../features/rounds/components/rounds-page.tsx')).RoundsPage,
                ),
              },
              {
                path: PATHS.console,
                ...page(
                  async () =>
                    (await import('../features/console/components/console-page.tsx')).ConsolePage,
                ),
              },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

function AppRoutes() {
  return useRoutes(APP_ROUTES);
}

/** Every page of the app, at the browser's address. */
export function AppRouter() {
  return (
    <BrowserRouter>
      <AppRoutes />
    </BrowserRouter>
  );
}

/** Loads the chunk of the page at `pathname` (if it has one), so the first render shows it whole. */
export async function preloadPage(pathname: string): Promise<void> {
  for (const match of matchRoutes(APP_ROUTES, pathname) ?? []) {
    const preload = (match.route.handle as PageHandle | undefined)?.preload;
    if (preload) await preload();
  }
}
