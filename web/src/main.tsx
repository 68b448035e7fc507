// The project theme: design tokens built from src/theme/tokens.json (docs/design-system.md).
import './theme/theme.css';
// Only the CSS of the Utrecht components the app renders (web/src/lib/ui and index.html), not
// the whole component library bundle: a new component needs its package added here.
import '@utrecht/alert-css/dist/index.css';
import '@utrecht/body-css/dist/index.css';
import '@utrecht/button-css/dist/index.css';
import '@utrecht/button-group-css/dist/index.css';
import '@utrecht/button-link-css/dist/index.css';
import '@utrecht/checkbox-css/dist/index.css';
import '@utrecht/combobox-css/dist/index.css';
import '@utrecht/data-list-css/dist/index.css';
import '@utrecht/document-css/dist/index.css';
import '@utrecht/form-field-css/dist/index.css';
import '@utrecht/form-field-description-css/dist/index.css';
import '@utrecht/form-field-error-message-css/dist/index.css';
import '@utrecht/form-fieldset-css/dist/index.css';
import '@utrecht/form-label-css/dist/index.css';
import '@utrecht/heading-1-css/dist/index.css';
import '@utrecht/heading-2-css/dist/index.css';
import '@utrecht/heading-3-css/dist/index.css';
import '@utrecht/heading-4-css/dist/index.css';
import '@utrecht/link-css/dist/index.css';
import '@utrecht/listbox-css/dist/index.css';
import '@utrecht/nav-bar-css/dist/index.css';
import '@utrecht/nav-list-css/dist/index.css';
import '@utrecht/ordered-list-css/dist/index.css';
import '@utrecht/page-body-css/dist/index.css';
import '@utrecht/page-footer-css/dist/index.css';
import '@utrecht/page-header-css/dist/index.css';
import '@utrecht/page-layout-css/dist/index.css';
import '@utrecht/paragraph-css/dist/index.css';
import '@utrecht/radio-button-css/dist/index.css';
import '@utrecht/root-css/dist/index.css';
import '@utrecht/select-css/dist/index.css';
import '@utrecht/skip-link-css/dist/index.css';
import '@utrecht/table-css/dist/index.css';
import '@utrecht/textarea-css/dist/index.css';
import '@utrecht/textbox-css/dist/index.css';
import '@utrecht/unordered-list-css/dist/index.css';
import './app/styles/app.css';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { createQueryClient } from './app/query-client.ts';
import { preloadPage } from './app/router.tsx';
import { setUpI18n } from './lib/i18n/i18n.ts';
import { openConsentRequestsOptions } from './features/summaries/api/open-consent-requests.ts';
import { sessionQueryOptions, storeSession } from './lib/queries/session.ts';
import { takeFirstAnswers } from './lib/api/first-answers.ts';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// Who is signed in, and for a signed-in person the summaries waiting for their consent (the
// notice above every page): a signed-in person's page brings both in its HTML
// (server/src/plugins/web.ts); otherwise they are asked at once, beside the page's chunk rather
// than after it.
const queryClient = createQueryClient();
const firstAnswers = takeFirstAnswers();
if (firstAnswers) {
  storeSession(queryClient, firstAnswers.session);
  queryClient.setQueryData(openConsentRequestsOptions.queryKey, firstAnswers.consentRequests);
}
const signedInState = firstAnswers
  ? Promise.resolve()
  : queryClient
      .fetchQuery(sessionQueryOptions)
      .then((session) =>
        session.user ? queryClient.prefetchQuery(openConsentRequestsOptions) : undefined,
      )
      .catch(() => undefined);
const FIRST_RENDER_WAITS_MS = 3_000;

// The first render waits for the interface language (English loads on demand), the chunk of the
// page opened and the two answers above (at most 3 s; the page asks again itself), so it does
// not show an empty frame first, and the header and the notice do not push the page down after
// it appeared. A chunk that fails to load is the page error boundary's to show.
void Promise.all([
  setUpI18n(),
  preloadPage(window.location.pathname).catch(() => undefined),
  Promise.race([
    signedInState,
    new Promise((resolve) => window.setTimeout(resolve, FIRST_RENDER_WAITS_MS)),
  ]),
]).then(() => {
  const root = createRoot(container);
  // As a transition React renders the first page in slices of a few milliseconds, yielding to
  // the browser between them, instead of one task that blocks input for its whole length
  // (Lighthouse, mobile: one 200 ms task, most of the total blocking time).
  startTransition(() =>
    root.render(
      <StrictMode>
        <App queryClient={queryClient} />
      </StrictMode>,
    ),
  );
});
