import { createBrowserRouter, type RouteObject } from 'react-router';
import { CheckMailPage } from '../features/auth/components/check-mail-page.tsx';
import { ConfirmEmailChangePage } from '../features/auth/components/confirm-email-change-page.tsx';
import { ConfirmLoginPage } from '../features/auth/components/confirm-login-page.tsx';
import { LoginPage } from '../features/auth/components/login-page.tsx';
import { HomePage } from '../features/static-pages/components/home-page.tsx';
import { NotFoundPage } from '../features/static-pages/components/not-found-page.tsx';
import { AppLayout } from './layout/app-layout.tsx';
import { RouteErrorPage } from './layout/route-error-page.tsx';
import { PATHS } from '../lib/routing/paths.ts';
import { RequireSession } from './require-session.tsx';

/**
 * Every page of the app. The landing and sign-in pages are in the main bundle; the rest loads on
 * demand, so the first visit stays light. A new path belongs in lib/routing/page-routes.ts too
 * (the server answers 404 for any other path; router.test.ts checks the two agree).
 */
export const APP_ROUTES: RouteObject[] = [
  {
    element: <AppLayout />,
    HydrateFallback: () => null,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <HomePage /> },
          { path: PATHS.login, element: <LoginPage /> },
          { path: PATHS.checkMail, element: <CheckMailPage /> },
          { path: PATHS.confirmLogin, element: <ConfirmLoginPage /> },
          { path: PATHS.confirmEmailChange, element: <ConfirmEmailChangePage /> },
          {
            path: PATHS.resumeByLink,
            lazy: async () => ({
              Component: (await import('../features/pool/components/resume-page.tsx')).ResumePage,
            }),
          },
          {
            path: PATHS.reply,
            lazy: async () => ({
              Component: (await import('../features/sessions/components/reply-confirm-page.tsx'))
                .ReplyConfirmPage,
            }),
          },
          {
            path: PATHS.consentLink,
            lazy: async () => ({
              Component: (await import('../features/summaries/components/consent-link-page.tsx'))
                .ConsentLinkPage,
            }),
          },
          {
            path: PATHS.privacy,
            lazy: async () => ({
              Component: (await import('../features/static-pages/components/privacy-page.tsx'))
                .PrivacyPage,
            }),
          },
          {
            path: PATHS.accessibility,
            lazy: async () => ({
              Component: (
                await import('../features/static-pages/components/accessibility-page.tsx')
              ).AccessibilityPage,
            }),
          },
          {
            path: '/gespreksleider',
            lazy: async () => ({
              Component: (await import('../features/notes/components/facilitator-guide-page.tsx'))
                .FacilitatorGuidePage,
            }),
          },
          {
            element: <RequireSession />,
            children: [
              {
                path: '/sessies/afgerond',
                lazy: async () => ({
                  Component: (
                    await import('../features/summaries/components/past-sessions-page.tsx')
                  ).PastSessionsPage,
                }),
              },
              {
                path: '/sessies/:id/samenvatting',
                lazy: async () => ({
                  Component: (await import('../features/summaries/components/summary-page.tsx'))
                    .SummaryPage,
                }),
              },
              {
                path: '/bibliotheek',
                lazy: async () => ({
                  Component: (await import('../features/library/components/library-page.tsx'))
                    .LibraryPage,
                }),
              },
              {
                path: '/bibliotheek/:id',
                lazy: async () => ({
                  Component: (await import('../features/library/components/library-entry-page.tsx'))
                    .LibraryEntryPage,
                }),
              },
              {
                path: PATHS.profile,
                lazy: async () => ({
                  Component: (await import('../features/profile/components/profile-page.tsx'))
                    .ProfilePage,
                }),
              },
              {
                path: PATHS.pool,
                lazy: async () => ({
                  Component: (await import('../features/pool/components/pool-page.tsx')).PoolPage,
                }),
              },
              {
                path: PATHS.sessions,
                lazy: async () => ({
                  Component: (await import('../features/sessions/components/my-sessions-page.tsx'))
                    .MySessionsPage,
                }),
              },
              {
                path: PATHS.session,
                lazy: async () => ({
                  Component: (await import('./routes/session-page.tsx')).SessionPage,
                }),
              },
              {
                path: '/sessies/:id/notities',
                lazy: async () => ({
                  Component: (await import('../features/notes/components/notes-print-page.tsx'))
                    .NotesPrintPage,
                }),
              },
              {
                path: PATHS.account,
                lazy: async () => ({
                  Component: (await import('../features/account/components/account-page.tsx'))
                    .AccountPage,
                }),
              },
              {
                path: PATHS.cases,
                lazy: async () => ({
                  Component: (await import('../features/cases/components/cases-page.tsx'))
                    .CasesPage,
                }),
              },
              {
                path: PATHS.newCase,
                lazy: async () => ({
                  Component: (await import('../features/cases/components/new-case-page.tsx'))
                    .NewCasePage,
                }),
              },
              {
                path: PATHS.caseDetail,
                lazy: async () => ({
                  Component: (await import('../features/cases/components/case-page.tsx')).CasePage,
                }),
              },
              {
                path: PATHS.sparNow,
                lazy: async () => ({
                  Component: (await import('../features/sessions/components/spar-now-page.tsx'))
                    .SparNowPage,
                }),
              },
              {
                path: PATHS.rounds,
                lazy: async () => ({
                  Component: (await import('../features/rounds/components/rounds-page.tsx'))
                    .RoundsPage,
                }),
              },
              {
                path: PATHS.console,
                lazy: async () => ({
                  Component: (await import('../features/console/components/console-page.tsx'))
                    .ConsolePage,
                }),
              },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

/** Builds the browser router with every page of the app. */
export function createAppRouter() {
  return createBrowserRouter(APP_ROUTES);
}
