import type { RouteKey } from '../../test-support/route-calls.ts';
import type { World, WorldOptions } from '../../test-support/world.ts';

/**
 * What each role gets from each route: the route × role × ownership matrix. The test
 * (route-matrix.test.ts) calls every registered route as each role and compares; a route
 * without an entry here fails it, so every new route states who may use it.
 *
 * `expect` lists, in this order: anonymous, participant (in the session / owner of the case),
 * outsider (a participant, but not in this session, not the owner), the coordinator of another
 * network, the coordinator of the world's network, admin (installation-wide).
 * An entry is an exact status, '2xx', '4xx', or for sockets 'open' or the close code.
 * `request` gives path parameters and a body from the world (a valid one, so the check
 * that decides is the access or ownership check, not validation); by default `:id` is the
 * resource the route's prefix names (see defaultParams in test-support/route-calls.ts).
 */
export type Outcome = number | '2xx' | '4xx' | 'open';

export interface MatrixEntry {
  expect: [
    anonymous: Outcome,
    participant: Outcome,
    outsider: Outcome,
    otherCoordinator: Outcome,
    coordinator: Outcome,
    admin: Outcome,
  ];
  request?: (world: World) => { params?: Record<string, string>; body?: unknown; query?: string };
  world?: WorldOptions;
}

export const ROUTE_MATRIX: Partial<Record<RouteKey, MatrixEntry>> = {
  // The OpenAPI document and its viewer are public, as the API's description.
  'GET /api/docs': { expect: [200, 200, 200, 200, 200, 200] },
  'GET /api/docs/static/index.html': { expect: [302, 302, 302, 302, 302, 302] },
  'GET /api/docs/static/swagger-initializer.js': { expect: [200, 200, 200, 200, 200, 200] },
  'GET /api/docs/json': { expect: [200, 200, 200, 200, 200, 200] },
  'GET /api/docs/yaml': { expect: [200, 200, 200, 200, 200, 200] },
  'GET /api/docs/static/*': { expect: [404, 404, 404, 404, 404, 404] },
  // Outside /api: the health check, the secret calendar feed, the development outbox.
  'GET /health': { expect: [200, 200, 200, 200, 200, 200] },
  // Probes for orchestrators: anyone, they say only "up" or "ready".
  'GET /health/live': { expect: [200, 200, 200, 200, 200, 200] },
  'GET /health/ready': { expect: [200, 200, 200, 200, 200, 200] },
  // Without METRICS_TOKEN there are no metrics; with it only its bearer gets them (a session
  // cookie, whoever's, is no way in: metrics.test.ts).
  'GET /metrics': { expect: [404, 404, 404, 404, 404, 404] },
  // Signing in: anyone may ask for a link; a made-up token opens nothing (400).
  'GET /api/session': { expect: [200, 200, 200, 200, 200, 200] },
  'POST /api/auth/login-link': { expect: [202, 202, 202, 202, 202, 202] },
  'POST /api/auth/session': { expect: [400, 400, 400, 400, 400, 400] },
  'POST /api/auth/logout': { expect: [204, 204, 204, 204, 204, 204] },
  'POST /api/account/email-change': { expect: [401, 202, 202, 202, 202, 202] },
  'POST /api/auth/email-change': { expect: [400, 400, 400, 400, 400, 400] },
  // Reference data, public.
  'GET /api/topics': { expect: [200, 200, 200, 200, 200, 200] },
  'GET /api/municipalities': { expect: [200, 200, 200, 200, 200, 200] },
  'GET /api/organisations': { expect: [200, 200, 200, 200, 200, 200] },
  // One's own profile and account: every signed-in person, for themselves only.
  'GET /api/profile': { expect: [401, 200, 200, 200, 200, 200] },
  'PUT /api/profile': { expect: [401, 200, 200, 200, 200, 200] },
  'POST /api/profile/pause': { expect: [401, 200, 200, 200, 200, 200] },
  'POST /api/profile/resume': { expect: [401, 200, 200, 200, 200, 200] },
  'POST /api/profile/leave': { expect: [401, 200, 200, 200, 200, 200] },
  'GET /api/account/export': { expect: [401, 200, 200, 200, 200, 200] },
  'DELETE /api/account': { expect: [401, 204, 204, 204, 204, 204] },
  'GET /api/account/audit': { expect: [401, 200, 200, 200, 200, 200] },
  // Sessions: participants only; the coordinators of the session's network see a session (to run
  // rounds), never its notes or room; another network's coordinator learns nothing (404).
  'GET /api/sessions': { expect: [401, 200, 200, 200, 200, 200] },
  'GET /api/sessions/:id': { expect: [401, 200, 404, 404, 200, 200] },
  'GET /api/sessions/:id/notes/socket': { expect: [401, 'open', 4403, 4403, 4403, 4403] },
  'GET /api/sessions/:id/notes.md': { expect: [401, 200, 403, 403, 403, 403] },
  'GET /api/sessions/:id/room': { expect: [401, 200, 404, 404, 200, 200] },
  'POST /api/sessions/:id/room-token': { expect: [401, 403, 403, 403, 403, 403] },
  'POST /api/sessions/:id/connection-check': { expect: [401, 503, 403, 403, 403, 403] },
  'POST /api/livekit/webhook': { expect: [401, 401, 401, 401, 401, 401] },
  'POST /api/sessions/:id/reports': { expect: [401, 201, 403, 403, 403, 403] },
  'GET /api/replies/:token': { expect: [400, 400, 400, 400, 400, 400] },
  'POST /api/replies': { expect: [400, 400, 400, 400, 400, 400] },
  'GET /api/replies/:token/calendar.ics': { expect: [400, 400, 400, 400, 400, 400] },
  // A coordinator starts a session for a group at once ("spar nu"); nobody else may.
  'POST /api/sessions/spar-now': { expect: [401, 403, 403, 404, 201, 201] },
  'POST /api/sessions/:id/reply': { expect: [401, 200, 403, 403, 403, 403] },
  'GET /api/calendar-feed': { expect: [401, 200, 200, 200, 200, 200] },
  'POST /api/calendar-feed/renew': { expect: [401, 200, 200, 200, 200, 200] },
  'GET /calendar/:file': { expect: [404, 404, 404, 404, 404, 404] },
  'GET /api/sessions/:id/calendar.ics': { expect: [401, 200, 404, 404, 404, 404] },
  'GET /api/sessions/:id/time-options': { expect: [401, 200, 404, 404, 404, 404] },
  'POST /api/sessions/:id/proposals': { expect: [401, 201, 403, 403, 403, 403] },
  'POST /api/sessions/:id/proposals/:proposalId/vote': { expect: [401, 204, 403, 403, 403, 403] },
  'POST /api/sessions/:id/cancel': { expect: [401, 403, 403, 404, 204, 204] },
  // Linked calendar: a private address is refused before any fetch (422).
  'GET /api/linked-calendar': { expect: [401, 200, 200, 200, 200, 200] },
  'PUT /api/linked-calendar': { expect: [401, 422, 422, 422, 422, 422] },
  'DELETE /api/linked-calendar': { expect: [401, 204, 204, 204, 204, 204] },
  // Match rounds: the network's coordinators and admins; another network's round is a 404.
  'POST /api/rounds': { expect: [401, 403, 403, 404, 201, 201] },
  'GET /api/rounds': { expect: [401, 403, 403, 200, 200, 200] },
  'GET /api/rounds/:id': { expect: [401, 403, 403, 404, 200, 200] },
  'POST /api/rounds/:id/commit': { expect: [401, 403, 403, 404, 200, 200] },
  // The state of a committed round's sessions (the world's round is proposed: none yet).
  'GET /api/rounds/:id/sessions': { expect: [401, 403, 403, 404, 200, 200] },
  // Adjusting a proposal: the same people. The example move and lock name nobody and no group
  // of the world's round, so the network's coordinator and admin get the refusal (409).
  'POST /api/rounds/:id/adjustments/preview': { expect: [401, 403, 403, 404, 200, 200] },
  'POST /api/rounds/:id/adjustments': { expect: [401, 403, 403, 404, 409, 409] },
  'POST /api/rounds/:id/locks': { expect: [401, 403, 403, 404, 409, 409] },
  'POST /api/rounds/:id/rerun': { expect: [401, 403, 403, 404, 202, 202] },
  // Background proposals: started like a round; a round's id is no proposal's (404).
  'POST /api/rounds/proposals': { expect: [401, 403, 403, 404, 202, 202] },
  'GET /api/rounds/proposals/:id': { expect: [401, 403, 403, 404, 404, 404] },
  'POST /api/rounds/proposals/:id/cancel': { expect: [401, 403, 403, 404, 404, 404] },
  'POST /api/pool/resume': { expect: [400, 400, 400, 400, 400, 400] },
  // Cases: one's own only (404 for anyone else, coordinators included).
  'GET /api/cases': { expect: [401, 200, 200, 200, 200, 200] },
  'POST /api/cases': { expect: [401, 201, 201, 201, 201, 201] },
  'GET /api/cases/:id': { expect: [401, 200, 404, 404, 404, 404] },
  'PUT /api/cases/:id': { expect: [401, 200, 404, 404, 404, 404] },
  'POST /api/cases/:id/ready': { expect: [401, 200, 404, 404, 404, 404] },
  'POST /api/cases/:id/withdraw': { expect: [401, 200, 404, 404, 404, 404] },
  'POST /api/cases/:id/archive': { expect: [401, 200, 404, 404, 404, 404] },
  'GET /api/cases/starters': { expect: [401, 200, 200, 200, 200, 200] },
  'POST /api/cases/starters/:slug/copy': { expect: [401, 201, 201, 201, 201, 201] },
  'POST /api/guard/scan': { expect: [401, 200, 200, 200, 200, 200] },
  'GET /api/sessions/:id/summary': { expect: [401, 200, 404, 404, 404, 404] },
  'PUT /api/sessions/:id/summary': { expect: [401, 200, 404, 404, 404, 404] },
  'POST /api/sessions/:id/summary/consent': { expect: [401, 200, 404, 404, 404, 404] },
  'POST /api/sessions/:id/summary/withdraw': { expect: [401, 200, 404, 404, 404, 404] },
  'POST /api/sessions/:id/rating': { expect: [401, 204, 404, 404, 404, 404] },
  'GET /api/summaries/mine': { expect: [401, 200, 200, 200, 200, 200] },
  // Consent from the mail: the link is the key (a made-up one opens nothing); the notice is one's own.
  'GET /api/consent-links/:token': { expect: [400, 400, 400, 400, 400, 400] },
  'POST /api/consent-links': { expect: [400, 400, 400, 400, 400, 400] },
  'GET /api/me/consent-requests': { expect: [401, 200, 200, 200, 200, 200] },
  // The library: every signed-in person.
  'GET /api/library': { expect: [401, 200, 200, 200, 200, 200] },
  'GET /api/library/:id': { expect: [401, 200, 200, 200, 200, 200] },
  'PUT /api/library/:id/useful': { expect: [401, 200, 200, 200, 200, 200] },
  'DELETE /api/library/:id/useful': { expect: [401, 200, 200, 200, 200, 200] },
  // The console: the admin makes networks and appoints their coordinators; a network's
  // coordinators (and admins) run it; another network's coordinator gets 404 on all of it.
  'GET /api/console/networks': { expect: [401, 403, 403, 200, 200, 200] },
  'POST /api/console/networks': { expect: [401, 403, 403, 403, 403, 201] },
  'POST /api/console/networks/:id/coordinators': { expect: [401, 403, 403, 403, 403, 200] },
  'DELETE /api/console/networks/:id/coordinators/:userId': {
    expect: [401, 403, 403, 403, 403, 200],
    request: (w) => ({ params: { userId: w.users.coordinator } }),
  },
  'GET /api/console/networks/:id': { expect: [401, 403, 403, 404, 200, 200] },
  'PUT /api/console/networks/:id/organisations/:organisationId': {
    expect: [401, 403, 403, 404, 200, 200],
    request: () => ({ params: { organisationId: 'GM0200' }, body: { domains: ['apeldoorn.nl'] } }),
  },
  'DELETE /api/console/networks/:id/organisations/:organisationId': {
    expect: [401, 403, 403, 404, 200, 200],
    request: () => ({ params: { organisationId: 'GM0363' } }),
  },
  'POST /api/console/networks/:id/topics': { expect: [401, 403, 403, 404, 200, 200] },
  'PUT /api/console/networks/:id/topics/:slug': {
    expect: [401, 403, 403, 404, 200, 200],
    request: () => ({ params: { slug: 'schuldhulpverlening' }, body: { nameNl: 'Schulden' } }),
  },
  'POST /api/console/networks/:id/topics/:slug/retire': {
    expect: [401, 403, 403, 404, 200, 200],
    request: () => ({ params: { slug: 'schuldhulpverlening' } }),
  },
  'POST /api/console/networks/:id/topics/:slug/merge': {
    expect: [401, 403, 403, 404, 200, 200],
    request: () => ({ params: { slug: 'schuldhulpverlening' }, body: { into: 'jeugdhulp' } }),
  },
  'GET /api/console/networks/:id/invitations': { expect: [401, 403, 403, 404, 200, 200] },
  'POST /api/console/networks/:id/invitations': { expect: [401, 403, 403, 404, 201, 201] },
  'POST /api/console/networks/:id/invitations/:invitationId/end': {
    expect: [401, 403, 403, 404, 200, 200],
  },
  'GET /api/console/networks/:id/overview': { expect: [401, 403, 403, 404, 200, 200] },
  'GET /api/console/networks/:id/overview.csv': { expect: [401, 403, 403, 404, 200, 200] },
  'GET /api/console/networks/:id/overview/municipalities': {
    expect: [401, 403, 403, 404, 200, 200],
  },
  // Development only: not registered in production (see security-headers.test.ts).
  'GET /api/dev/outbox': { expect: [200, 200, 200, 200, 200, 200] },
  'GET /dev/outbox': { expect: [200, 200, 200, 200, 200, 200] },
};
