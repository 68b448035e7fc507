import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedNotes } from '../../features/summaries/summaries.fixtures.ts';
import { EXAMPLE_BODIES } from '../../test-support/example-bodies.ts';
import {
  callableRoutes,
  defaultParams,
  fillPath,
  routeKey,
  starterSlug,
} from '../../test-support/route-calls.ts';
import { createTestApp, type TestApp } from '../../test-support/test-app.ts';
import { createWorld } from '../../test-support/world.ts';
import { ROUTE_MATRIX } from './route-matrix.ts';

/** Markers of what a coordinator or admin must never be given. */
const NOTE = 'Notitie-ZEGEL-7731 over wat Bram zei';
const DRAFT_CASE = 'Een fictief gezin wacht al maanden op schuldhulp.';
const UNPUBLISHED = 'De intake is de flessenhals.';

describe('what the coordinator and admin routes answer', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  const auditEntries = () =>
    t.app.db.selectFrom('audit_log').select(['id', 'subject_id', 'actor_id']).execute();

  it('never holds note content, draft cases, unpublished summaries or single ratings, and audits every participant shown', async () => {
    const world = await createWorld(t, { round: true });
    await seedNotes(t, world.heldSessionId, [NOTE]);
    await t.app.db
      .insertInto('session_ratings')
      .values({
        session_id: world.heldSessionId,
        user_id: world.users.participant,
        rating: 2,
        rated_at: t.clock.now().toISOString(),
      })
      .execute();
    const slug = await starterSlug(world.agents.participant);
    // Every route only staff may call, and the session view a coordinator also gets.
    const routes = callableRoutes(t.app).filter(
      (r) =>
        r.access === 'coordinator' ||
        r.access === 'admin' ||
        routeKey(r.method, r.url) === 'GET /api/sessions/:id',
    );
    expect(routes.length).toBeGreaterThan(20);
    const checked: string[] = [];
    // The participants of the world (not staff): whoever of them an answer shows, by id or
    // name, must have an entry in their audit log for that answer.
    const people = (['participant', 'partner', 'outsider'] as const).map((key) => world.users[key]);
    const names = new Map(
      (
        await t.app.db
          .selectFrom('users')
          .select(['id', 'name'])
          .where('id', 'in', people)
          .execute()
      ).map((u) => [u.id, u.name]),
    );
    const unaudited: string[] = [];
    const audited = new Set<string>();
    for (const role of ['coordinator', 'admin'] as const) {
      for (const route of routes) {
        const key = routeKey(route.method, route.url);
        const spec = ROUTE_MATRIX[key]?.request?.(world) ?? {};
        const path =
          fillPath(route.url, { ...defaultParams(route.url, world, slug), ...spec.params }) +
          (spec.query ? `?${spec.query}` : '');
        const seen = new Set((await auditEntries()).map((e) => e.id));
        // Those who are participants when the request is made: a coordinator listed as staff
        // of a network is not audited.
        const participants = (
          await t.app.db
            .selectFrom('users')
            .select('id')
            .where('id', 'in', people)
            .where('role', '=', 'participant')
            .execute()
        ).map((u) => u.id);
        const response = await world.agents[role].request(
          route.method as 'GET' | 'POST' | 'PUT' | 'DELETE',
          path,
          'body' in spec ? spec.body : EXAMPLE_BODIES[key]?.(world),
        );
        const body = response.body;
        if (response.statusCode < 300) {
          const added = (await auditEntries()).filter((e) => !seen.has(e.id));
          for (const person of participants)
            if (body.includes(person) || body.includes(`"${names.get(person)}"`))
              if (!added.some((e) => e.subject_id === person && e.actor_id === world.users[role]))
                unaudited.push(`${key} as ${role} shows ${names.get(person)}`);
              else audited.add(`${key} as ${role}`);
        }
        for (const marker of [NOTE, DRAFT_CASE, UNPUBLISHED])
          expect(body, `${key} as ${role}`).not.toContain(marker);
        // A single rating is a "rating" field, a person's spar-again choice a list of people
        // (the matcher's score part of the same name is a number); the overview only has
        // averages over five or more.
        expect(body, `${key} as ${role}`).not.toMatch(/"(rating|notes)"\s*:|"sparAgain"\s*:\s*\[/);
        if (response.statusCode < 300) checked.push(key);
      }
    }
    expect(unaudited).toEqual([]);
    // The check saw people in answers: the session, the round, an appointment.
    expect([...audited]).toEqual(
      expect.arrayContaining([
        'GET /api/sessions/:id as coordinator',
        'GET /api/rounds/:id as admin',
        'POST /api/console/networks/:id/coordinators as admin',
      ]),
    );
    // The walk saw real answers, not only refusals: the overview, the round, the session.
    expect(checked).toEqual(
      expect.arrayContaining([
        'GET /api/console/networks/:id/overview',
        'GET /api/rounds/:id',
        'GET /api/sessions/:id',
      ]),
    );
    // The notes and the draft really are there, for those who may see them.
    const notes = await world.agents.participant.request(
      'GET',
      `/api/sessions/${world.heldSessionId}/notes.md`,
    );
    expect(notes.body).toContain(NOTE);
  }, 300_000);
});
