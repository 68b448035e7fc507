import type { RouteKey } from './route-calls.ts';
import type { World } from './world.ts';

/**
 * A valid request body for each route that takes one, from a world: the route matrix sends it
 * (so what decides is the access and ownership check, not validation) and the fuzzer mutates
 * it. A route that takes a body and has none here gets one sampled from its schema.
 */
export const EXAMPLE_BODIES: Partial<Record<RouteKey, (world: World) => unknown>> = {
  'POST /api/auth/login-link': (w) => ({
    email: `nieuw.${w.users.participant.slice(0, 8)}@world.example`,
  }),
  'POST /api/account/email-change': (w) => ({
    newEmail: `ander.${w.users.participant.slice(0, 8)}@world.example`,
  }),
  'PUT /api/profile': () => ({
    name: 'Anna de Vries',
    organisationId: 'GM0363',
    jobTitle: 'Consulent schuldhulp',
    topics: [{ slug: 'schuldhulpverlening', level: 'ervaren' }],
    availability: [{ weekday: 2, startMinute: 540, endMinute: 1020 }],
    frequencyWeeks: 4,
    houseRulesAccepted: true,
  }),
  'POST /api/profile/pause': () => ({ until: '2026-12-31' }),
  'POST /api/sessions/spar-now': (w) => ({
    topic: 'schuldhulpverlening',
    startsInMinutes: 10,
    emails: [w.emails.participant, w.emails.outsider],
    networkId: w.networkId,
  }),
  'POST /api/consent-links': () => ({
    token: 'AAAAAAAAAAAAAAAAAAAAAAAA.BBBBBBBBBBBBBBBBBBBBBB',
    answer: 'refuse',
  }),
  'POST /api/sessions/:id/reports': () => ({
    kind: 'other',
    details: 'Er ging iets mis in de sessie.',
  }),
  'POST /api/sessions/:id/reply': () => ({ reply: 'accepted' }),
  'POST /api/sessions/:id/proposals': () => ({ startsAt: '2026-12-08T13:00:00.000Z' }),
  'POST /api/sessions/:id/proposals/:proposalId/vote': () => ({ accept: true }),
  // A private address: refused before any fetch, so the test never leaves this machine.
  'PUT /api/linked-calendar': () => ({ url: 'https://127.0.0.1/agenda.ics' }),
  'POST /api/rounds': (w) => ({
    periodStart: '2026-12-01',
    periodEnd: '2026-12-14',
    seed: 1,
    networkId: w.networkId,
  }),
  'POST /api/rounds/:id/adjustments/preview': () => ({
    version: 0,
    adjustment: { kind: 'move', personId: 'nobody', toGroup: 0 },
  }),
  'POST /api/rounds/:id/adjustments': () => ({
    version: 0,
    adjustment: { kind: 'swap', personId: 'nobody', otherId: 'no-one-else' },
  }),
  'POST /api/rounds/:id/locks': () => ({ version: 0, group: 99_999, locked: true }),
  'POST /api/rounds/:id/rerun': () => ({ version: 0 }),
  'POST /api/rounds/proposals': (w) => ({
    periodStart: '2026-12-01',
    periodEnd: '2026-12-14',
    seed: 1,
    networkId: w.networkId,
  }),
  'POST /api/cases': () => ({
    title: 'Jongere met schulden',
    topic: 'schuldhulpverlening',
    situation: 'Een fictieve jongere van negentien heeft schulden bij drie webwinkels.',
    question: 'Hoe krijg je haar aan tafel?',
  }),
  'PUT /api/cases/:id': () => ({
    title: 'Gezin met schulden en een wachtlijst',
    topic: 'schuldhulpverlening',
    situation: 'Een fictief gezin wacht al maanden op schuldhulp.',
    question: 'Hoe houd je contact tijdens de wachttijd?',
  }),
  'POST /api/cases/:id/ready': () => ({ confirmedWarnings: [] }),
  'POST /api/guard/scan': () => ({ text: 'Een fictief gezin in een middelgrote gemeente.' }),
  'PUT /api/sessions/:id/summary': () => ({
    version: 1,
    content: {
      question: 'Hoe verkort je de wachttijd voor schuldhulp?',
      insights: 'De intake is de flessenhals.',
      exchange: [],
      advice: 'Bel binnen drie dagen terug.',
      takeaways: 'Snel contact helpt.',
      followUps: 'Iedereen deelt een checklist.',
    },
  }),
  'POST /api/sessions/:id/summary/consent': () => ({
    version: 1,
    attribution: 'hidden',
    confirmedWarnings: [],
  }),
  'POST /api/console/networks': (w) => ({ name: `Nieuw netwerk ${w.networkId.slice(0, 8)}` }),
  'POST /api/console/networks/:id/coordinators': (w) => ({ email: w.emails.outsider }),
  'PUT /api/console/networks/:id/organisations/:organisationId': () => ({
    domains: ['apeldoorn.nl'],
  }),
  'POST /api/console/networks/:id/topics': (w) => ({
    nameNl: `Eigen onderwerp ${w.networkId.slice(0, 8)}`,
  }),
  'PUT /api/console/networks/:id/topics/:slug': () => ({ nameNl: 'Schulden' }),
  'POST /api/console/networks/:id/topics/:slug/merge': () => ({ into: 'jeugdhulp' }),
  'POST /api/console/networks/:id/invitations': (w) => ({
    email: `collega.${w.networkId.slice(0, 8)}@amsterdam.nl`,
    organisationId: 'GM0363',
  }),
  'POST /api/sessions/:id/rating': () => ({ rating: 4, sparAgain: [] }),
};
