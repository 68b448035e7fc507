import Type, { type Static } from 'typebox';
import { SessionState } from './auth.ts';
import { OpenConsentRequest } from './summaries.ts';

export { FIRST_ANSWERS_ID } from './first-answers-id.ts';

/**
 * The answers a signed-in page's first render waits for, sent inside the page's HTML (a JSON data
 * block, `<script type="application/json" id="ods-first-answers">`) so the first render does not
 * wait for two round trips: GET /api/session and GET /api/me/consent-requests, as those routes
 * answer them.
 */
export const FirstAnswers = Type.Object({
  session: SessionState,
  consentRequests: Type.Array(OpenConsentRequest),
});
export type FirstAnswers = Static<typeof FirstAnswers>;
