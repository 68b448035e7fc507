import type { Database } from '@ods/db';
import type { AdjustmentPreview, Round } from '@ods/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedSmallPool } from '../features/rounds/rounds.fixtures.ts';
import { replyToken } from '../features/scheduling/scheduling.fixtures.ts';
import { signConsentToken } from '../features/summaries/consent-tokens.ts';
import { CONTENT, heldGroup, view } from '../features/summaries/summaries.fixtures.ts';
import { Agent, latestToken } from '../test-support/agent.ts';
import { createUser } from '../test-support/fixtures.ts';
import { createTestApp, testDialects, type TestApp } from '../test-support/test-app.ts';

type Method = 'POST' | 'PUT' | 'DELETE';

const PROFILE = {
  name: 'Sanne de Wit',
  organisationId: 'GM0363',
  jobTitle: 'Consulent Wmo',
  topics: [{ slug: 'schuldhulpverlening', level: 'ervaren' }],
  availability: [{ weekday: 4, startMinute: 13 * 60, endMinute: 17 * 60 }],
  frequencyWeeks: 4,
  avoidOrganisationIds: [],
  houseRulesAccepted: true,
};
const CASE = {
  title: 'Schulden en een wachtlijst',
  topic: 'schuldhulpverlening',
  situation: 'Noem hem Sam. Sam is 42 en heeft sinds een jaar betalingsachterstanden.',
  question: 'Hoe houden jullie contact tijdens de wachttijd?',
  sizeClass: 'middelgroot',
};

/**
 * Write routes that this test does not replay, and why. Every other POST/PUT/DELETE of the
 * OpenAPI document must be replayed below: a new route fails the test until it is either.
 */
const NOT_REPLAYED: Record<string, string> = {
  'POST /api/auth/session':
    'a sign-in link works once by design; the repeat is refused and signs nobody in (asserted)',
  'POST /api/sessions/{id}/room-token': 'hands out a fresh short-lived token; stores nothing',
  'POST /api/sessions/{id}/connection-check': 'hands out a fresh test token; stores nothing',
  'POST /api/calendar-feed/renew':
    'renewing is the request: each one retires the address before; no mail',
  'PUT /api/linked-calendar':
    'one address per user, stored over the old one; it fetches the calendar over the network',
  'DELETE /api/linked-calendar': 'deletes what is there, a second time nothing',
  'DELETE /api/account': 'after it there is no session left to repeat it with',
  'POST /api/guard/scan': 'changes nothing',
  'POST /api/pool/resume': 'needs a pause after no-shows; replayed in reliability.test.ts',
};

describe.each(testDialects())('every write answered the same when repeated (%s)', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => t.close());

  const count = async (table: keyof Database) =>
    Number(
      (
        await t.app.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  /** What a repeat must not change: mail, calendar SEQUENCEs, and the things requests create. */
  const effects = async () => ({
    mails: await count('outbox'),
    sessions: await t.app.db
      .selectFrom('sparring_sessions')
      .select(['id', 'sequence', 'state', 'starts_at'])
      .orderBy('id')
      .execute(),
    replies: await t.app.db
      .selectFrom('session_participants')
      .select(['session_id', 'user_id', 'reply', 'removed_at'])
      .orderBy('session_id')
      .orderBy('user_id')
      .execute(),
    created: {
      cases: await count('cases'),
      rounds: await count('match_rounds'),
      proposals: await count('time_proposals'),
      reports: await count('session_reports'),
      tokens: await count('mail_tokens'),
      library: await count('library_entries'),
    },
  });
  const answer = (r: { statusCode: number; body: string }) => ({
    status: r.statusCode,
    body: r.body === '' ? '' : (JSON.parse(r.body) as unknown),
  });

  const replayed = new Set<string>();
  /** Sends a request twice: the second answer equals the first, and changes nothing more. */
  async function twice(
    agent: Agent,
    route: `${Method} ${string}`,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    const method = route.split(' ')[0] as Method;
    const first = await agent.request(method, url, body, headers);
    expect(first.statusCode, `${route}: ${first.body}`).toBeLessThan(300);
    const after = await effects();
    const second = await agent.request(method, url, body, headers);
    expect(answer(second), route).toEqual(answer(first));
    expect(await effects(), route).toEqual(after);
    replayed.add(route);
    return first;
  }
  // Each person from their own address, so the sign-in limit per address stays out of it.
  let addresses = 0;
  const agent = () => {
    const created = new Agent(t.app);
    addresses += 1;
    created.remoteAddress = `10.2.0.${addresses}`;
    return created;
  };
  const signedIn = async (email: string) => {
    const created = agent();
    await created.signIn(email);
    return created;
  };
  const key = (name: string) => ({ 'idempotency-key': `${name}-0123456789abcdef` });

  it('replays the main path: sign-in, profile, case, round, replies, move, cancel, consent', async () => {
    const pool = await seedSmallPool(t.app);
    const held = await heldGroup(t);

    // Sign-in: asking twice sends one link; the link works once.
    const sanne = agent();
    await twice(sanne, 'POST /api/auth/login-link', '/api/auth/login-link', {
      email: 'sanne@amsterdam.nl',
    });
    const token = await latestToken(t.app, 'sanne@amsterdam.nl');
    const session = await sanne.request('POST', '/api/auth/session', { token });
    expect(session.statusCode).toBe(200);
    sanne.csrfToken = session.json<{ csrfToken: string }>().csrfToken;
    const sessionsBefore = await count('auth_sessions');
    const reused = await agent().request('POST', '/api/auth/session', { token });
    expect(reused.json()).toMatchObject({ code: 'LINK_INVALID' });
    expect(await count('auth_sessions')).toBe(sessionsBefore);

    // Profile and pool.
    await twice(sanne, 'PUT /api/profile', '/api/profile', PROFILE);
    await twice(sanne, 'POST /api/profile/pause', '/api/profile/pause', { until: '2027-01-31' });
    await twice(sanne, 'POST /api/profile/resume', '/api/profile/resume');

    // A case: created once with its Idempotency-Key, then its life cycle.
    const created = await twice(sanne, 'POST /api/cases', '/api/cases', CASE, key('case'));
    const caseUrl = `/api/cases/${created.json<{ id: string }>().id}`;
    await twice(sanne, 'PUT /api/cases/{id}', caseUrl, CASE);
    await twice(sanne, 'POST /api/cases/{id}/ready', `${caseUrl}/ready`, {
      confirmedWarnings: [],
    });
    await twice(sanne, 'POST /api/cases/{id}/withdraw', `${caseUrl}/withdraw`);
    await twice(sanne, 'POST /api/cases/{id}/archive', `${caseUrl}/archive`);
    const starters = (await sanne.request('GET', '/api/cases/starters')).json<{ slug: string }[]>();
    await twice(
      sanne,
      'POST /api/cases/starters/{slug}/copy',
      `/api/cases/starters/${starters[0]!.slug}/copy`,
      undefined,
      key('starter'),
    );

    // A round: proposed once with its key, committed once, invitations out.
    const coordinator = await signedIn('coordinator@example.nl');
    const proposed = await twice(
      coordinator,
      'POST /api/rounds',
      '/api/rounds',
      { periodStart: '2026-12-01', periodEnd: '2026-12-31' },
      key('round'),
    );
    const roundUrl = `/api/rounds/${proposed.json<{ id: string }>().id}`;
    // A background proposal for a weekend (no slots: it fails without writing), and its cancel.
    const job = await twice(
      coordinator,
      'POST /api/rounds/proposals',
      '/api/rounds/proposals',
      { periodStart: '2026-12-05', periodEnd: '2026-12-06' },
      key('proposal'),
    );
    await twice(
      coordinator,
      'POST /api/rounds/proposals/{id}/cancel',
      `/api/rounds/proposals/${job.json<{ id: string }>().id}/cancel`,
    );
    // Adjusting the proposal: a preview changes nothing; a move, a lock and a new search
    // around the locked group each happen once with their key.
    let round = (await coordinator.request('GET', roundUrl)).json<Round>();
    // Which move the rules allow depends on the proposal: look through every person and group.
    let movable: { personId: string; toGroup: number } | undefined;
    search: for (const [from, group] of round.groups.entries())
      for (const member of group.members)
        for (let toGroup = 0; toGroup < round.groups.length; toGroup++) {
          if (toGroup === from) continue;
          const adjustment = { kind: 'move', personId: member.userId, toGroup };
          const preview = await twice(
            coordinator,
            'POST /api/rounds/{id}/adjustments/preview',
            `${roundUrl}/adjustments/preview`,
            { version: round.version, adjustment },
          );
          if (preview.json<AdjustmentPreview>().accepted) {
            movable = { personId: member.userId, toGroup };
            break search;
          }
        }
    expect(movable, 'some move in the proposal keeps every rule').toBeDefined();
    const adjusted = await twice(
      coordinator,
      'POST /api/rounds/{id}/adjustments',
      `${roundUrl}/adjustments`,
      { version: round.version, adjustment: { kind: 'move', ...movable! } },
      key('move'),
    );
    round = adjusted.json<Round>();
    const locked = await twice(
      coordinator,
      'POST /api/rounds/{id}/locks',
      `${roundUrl}/locks`,
      { version: round.version, group: 0, locked: true },
      key('lock'),
    );
    round = locked.json<Round>();
    const rerun = await twice(
      coordinator,
      'POST /api/rounds/{id}/rerun',
      `${roundUrl}/rerun`,
      { version: round.version },
      key('rerun'),
    );
    await expect
      .poll(
        async () =>
          (
            await coordinator.request(
              'GET',
              `/api/rounds/proposals/${rerun.json<{ id: string }>().id}`,
            )
          ).json<{ state: string }>().state,
        { timeout: 30_000, interval: 100 },
      )
      .toBe('done');
    const committed = await twice(
      coordinator,
      'POST /api/rounds/{id}/commit',
      `${roundUrl}/commit`,
    );
    await t.app.scheduler.runOnce();
    const groups = committed.json<{ groups: { sessionId: string }[] }>().groups;
    expect(groups.length).toBeGreaterThanOrEqual(2);
    const emailsOf = async (sessionId: string) =>
      (
        await t.app.db
          .selectFrom('session_participants')
          .innerJoin('users', 'users.id', 'session_participants.user_id')
          .select('users.email')
          .where('session_id', '=', sessionId)
          .where('removed_at', 'is', null)
          .orderBy('users.email')
          .execute()
      ).map((r) => r.email);

    // Replies: by the one-click link and in the app; a decline in another group.
    const sessionId = groups[0]!.sessionId;
    const sessionUrl = `/api/sessions/${sessionId}`;
    const [first, second] = await emailsOf(sessionId);
    const visitor = agent();
    await twice(visitor, 'POST /api/replies', '/api/replies', {
      token: await replyToken(t.app, first!, 'accept'),
    });
    await twice(await signedIn(second!), 'POST /api/sessions/{id}/reply', `${sessionUrl}/reply`, {
      reply: 'accepted',
    });
    const [decliner] = await emailsOf(groups[1]!.sessionId);
    await twice(visitor, 'POST /api/replies', '/api/replies', {
      token: await replyToken(t.app, decliner!, 'decline'),
    });

    // Another time, agreed by all: the session moves once.
    const members = await Promise.all((await emailsOf(sessionId)).map(signedIn));
    const options = (await members[0]!.request('GET', `${sessionUrl}/time-options`)).json<{
      slots: { startsAt: string }[];
    }>();
    const proposal = await twice(
      members[0]!,
      'POST /api/sessions/{id}/proposals',
      `${sessionUrl}/proposals`,
      {
        startsAt: options.slots[0]!.startsAt,
      },
    );
    const voteUrl = `${sessionUrl}/proposals/${proposal.json<{ id: string }>().id}/vote`;
    for (const member of members.slice(1))
      await twice(member, 'POST /api/sessions/{id}/proposals/{proposalId}/vote', voteUrl, {
        accept: true,
      });
    const moved = await t.app.db
      .selectFrom('sparring_sessions')
      .select(['state', 'starts_at'])
      .where('id', '=', sessionId)
      .executeTakeFirstOrThrow();
    expect(moved).toEqual({ state: 'moved', starts_at: options.slots[0]!.startsAt });

    // A report to the coordinators, and the coordinator calls the session off.
    await twice(
      members[0]!,
      'POST /api/sessions/{id}/reports',
      `${sessionUrl}/reports`,
      { kind: 'other', details: 'De sessie botst met een overleg.' },
      key('report'),
    );
    await twice(coordinator, 'POST /api/sessions/{id}/cancel', `${sessionUrl}/cancel`);

    // Spar nu: a coordinator starts a session within the hour, once.
    await twice(
      coordinator,
      'POST /api/sessions/spar-now',
      '/api/sessions/spar-now',
      { topic: 'schuldhulpverlening', startsInMinutes: 30, emails: [first, second] },
      key('spar-now'),
    );

    // After a held session: the summary, consent (the last one publishes), the library, rating.
    const heldUrl = `/api/sessions/${held.sessionId}`;
    await twice(held.anna, 'PUT /api/sessions/{id}/summary', `${heldUrl}/summary`, {
      version: 0,
      content: CONTENT,
    });
    for (const agent of [held.anna, held.bram]) {
      const { version } = await view(agent, held.sessionId);
      await twice(agent, 'POST /api/sessions/{id}/summary/consent', `${heldUrl}/summary/consent`, {
        version,
        attribution: 'size-class-and-region',
        confirmedWarnings: [],
      });
    }
    // The last one agrees from the link in the consent mail.
    const consentToken = signConsentToken(t.config.sessionSecret, {
      sessionId: held.sessionId,
      userId: held.ids.chantal,
      expiresAt: '2026-12-31T00:00:00.000Z',
    });
    await twice(agent(), 'POST /api/consent-links', '/api/consent-links', {
      token: consentToken,
      answer: 'agree',
      version: (await view(held.chantal, held.sessionId)).version,
      attribution: 'size-class-and-region',
      confirmedWarnings: [],
    });
    expect(await count('library_entries')).toBe(1);
    const libraryUrl = `/api/library/${held.sessionId}/useful`;
    await twice(sanne, 'PUT /api/library/{id}/useful', libraryUrl);
    await twice(sanne, 'DELETE /api/library/{id}/useful', libraryUrl);
    await twice(held.bram, 'POST /api/sessions/{id}/rating', `${heldUrl}/rating`, {
      rating: 4,
      sparAgain: [held.ids.anna],
    });
    await twice(
      held.chantal,
      'POST /api/sessions/{id}/summary/withdraw',
      `${heldUrl}/summary/withdraw`,
    );

    // A new address, confirmed by its link; leaving the pool; signing out.
    await twice(sanne, 'POST /api/account/email-change', '/api/account/email-change', {
      newEmail: 'sanne@gemeente.nl',
    });
    await twice(visitor, 'POST /api/auth/email-change', '/api/auth/email-change', {
      token: await latestToken(t.app, 'sanne@gemeente.nl'),
    });
    await twice(sanne, 'POST /api/profile/leave', '/api/profile/leave');
    await twice(sanne, 'POST /api/auth/logout', '/api/auth/logout');
    expect(pool.coordinator).toBeTruthy();

    // The network console: an admin makes a network and appoints its coordinator, who sets
    // up organisations, topics and invitations; each answered the same when sent again.
    await createUser(t.app, { email: 'bea@beheer.nl', name: 'Bea', role: 'admin' });
    const admin = await signedIn('bea@beheer.nl');
    const network = await twice(
      admin,
      'POST /api/console/networks',
      '/api/console/networks',
      { name: 'Sociaal domein Gelderland' },
      key('network'),
    );
    const consoleUrl = `/api/console/networks/${network.json<{ id: string }>().id}`;
    await createUser(t.app, { email: 'cora@provincie.nl', name: 'Cora' });
    await twice(
      admin,
      'POST /api/console/networks/{id}/coordinators',
      `${consoleUrl}/coordinators`,
      {
        email: 'cora@provincie.nl',
      },
    );
    const cora = await signedIn('cora@provincie.nl');
    await twice(
      cora,
      'PUT /api/console/networks/{id}/organisations/{organisationId}',
      `${consoleUrl}/organisations/GM0202`,
      { domains: ['arnhem.nl'] },
    );
    await twice(cora, 'POST /api/console/networks/{id}/topics', `${consoleUrl}/topics`, {
      slug: 'jeugdhulp',
    });
    await twice(cora, 'POST /api/console/networks/{id}/topics', `${consoleUrl}/topics`, {
      slug: 'jeugdbescherming',
    });
    // A topic of the network's own, by name: sent again without its key it would be "already
    // in the list"; with the key (as the console sends it) the repeat gets the first answer.
    await twice(
      cora,
      'POST /api/console/networks/{id}/topics',
      `${consoleUrl}/topics`,
      { nameNl: 'Armoede op het platteland' },
      key('own-topic'),
    );
    await twice(
      cora,
      'PUT /api/console/networks/{id}/topics/{slug}',
      `${consoleUrl}/topics/jeugdhulp`,
      { nameNl: 'Jeugd en gezin' },
    );
    await twice(
      cora,
      'POST /api/console/networks/{id}/topics/{slug}/merge',
      `${consoleUrl}/topics/jeugdbescherming/merge`,
      { into: 'jeugdhulp' },
    );
    await twice(
      cora,
      'POST /api/console/networks/{id}/topics/{slug}/retire',
      `${consoleUrl}/topics/jeugdhulp/retire`,
    );
    const invited = await twice(
      cora,
      'POST /api/console/networks/{id}/invitations',
      `${consoleUrl}/invitations`,
      { email: 'collega@arnhem.nl', organisationId: 'GM0202' },
      key('invitation'),
    );
    const invitation = invited.json<{ invitations: { id: string }[] }>().invitations[0]!;
    await twice(
      cora,
      'POST /api/console/networks/{id}/invitations/{invitationId}/end',
      `${consoleUrl}/invitations/${invitation.id}/end`,
    );
    await twice(
      cora,
      'DELETE /api/console/networks/{id}/organisations/{organisationId}',
      `${consoleUrl}/organisations/GM0202`,
    );
    const coraId = (
      await t.app.db
        .selectFrom('users')
        .select('id')
        .where('email', '=', 'cora@provincie.nl')
        .executeTakeFirstOrThrow()
    ).id;
    await twice(
      admin,
      'DELETE /api/console/networks/{id}/coordinators/{userId}',
      `${consoleUrl}/coordinators/${coraId}`,
    );

    // Every write route of the API is replayed here or named with its reason.
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    const writes = Object.entries(doc.paths).flatMap(([path, operations]) =>
      Object.keys(operations)
        .filter((m) => ['post', 'put', 'patch', 'delete'].includes(m))
        .map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(writes.filter((w) => !replayed.has(w) && !(w in NOT_REPLAYED))).toEqual([]);
    expect([...replayed].filter((w) => w in NOT_REPLAYED)).toEqual([]);
  });

  it('refuses an Idempotency-Key reused for another request, and keeps nothing of a refusal', async () => {
    const ann = await signedIn('ann@amsterdam.nl');
    const first = await ann.request('POST', '/api/cases', CASE, key('same'));
    expect(first.statusCode).toBe(201);
    const other = await ann.request(
      'POST',
      '/api/cases',
      { ...CASE, title: 'Iets anders' },
      key('same'),
    );
    expect(other.statusCode).toBe(422);
    expect(other.json()).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    const bad = await ann.request('POST', '/api/cases', CASE, { 'idempotency-key': 'x y' });
    expect(bad.json()).toMatchObject({ code: 'IDEMPOTENCY_KEY_INVALID' });
    // A refused first request (bad input) keeps no answer: the corrected one runs.
    const refused = await ann.request('POST', '/api/cases', { ...CASE, title: '' }, key('retry'));
    expect(refused.statusCode).toBe(400);
    const retried = await ann.request('POST', '/api/cases', { ...CASE, title: '' }, key('retry'));
    expect(retried.statusCode).toBe(400);
    expect(await count('cases')).toBe(1);
    // Another user's key of the same name is theirs.
    const bob = await signedIn('bob@amsterdam.nl');
    expect((await bob.request('POST', '/api/cases', CASE, key('same'))).statusCode).toBe(201);
    expect(await count('cases')).toBe(2);
  });
});
