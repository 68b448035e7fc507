import type { FirstAnswers } from '@ods/shared/api/first-answers';
import { FIRST_ANSWERS_ID } from '@ods/shared/api/first-answers-id';

/**
 * The answers the server put in a signed-in page's HTML (GET /api/session and
 * GET /api/me/consent-requests, server/src/plugins/web.ts), taken once: the block is removed, so
 * nothing later reads answers that have gone stale. Undefined for a visitor's page.
 */
export function takeFirstAnswers(): FirstAnswers | undefined {
  const block = document.getElementById(FIRST_ANSWERS_ID);
  if (!block) return undefined;
  block.remove();
  try {
    const answers = JSON.parse(block.textContent ?? '') as FirstAnswers;
    return answers.session?.user && Array.isArray(answers.consentRequests) ? answers : undefined;
  } catch {
    // A damaged block: the page asks the API, as a visitor's page does.
    return undefined;
  }
}
