import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { createSession as createAuthSession } from '../plugins/auth/session-store.ts';
import { Agent } from './agent.ts';
import { createNetwork } from '../domain/networks/networks.repository.ts';
import { createSession, createUser } from './fixtures.ts';
import type { TestApp } from './test-app.ts';

/**
 * The roles the route matrix and the fuzzer call routes as. "participant" takes part in the
 * world's sessions and owns its case; "outsider" is a participant too, of nothing here;
 * "otherCoordinator" runs another network than the world's, "coordinator" runs the world's.
 */
export const ROLES = [
  'anonymous',
  'participant',
  'outsider',
  'otherCoordinator',
  'coordinator',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

/** A small world of people and the resources routes work on, each with its own ids. */
export interface World {
  /** The world's network: everyone here but the other coordinator belongs to it. */
  networkId: string;
  /** Another network, run by the other coordinator. */
  otherNetworkId: string;
  /** A pending invitation of the world's network. */
  invitationId: string;
  users: Record<Exclude<Role, 'anonymous'>, string> & { partner: string };
  emails: Record<Exclude<Role, 'anonymous'>, string>;
  agents: Record<Role, Agent>;
  /** Invited, a week ahead: the participant and the partner are in it. */
  upcomingSessionId: string;
  /** Held a week ago, with a saved summary the participant and the partner can agree to. */
  heldSessionId: string;
  /** An open time proposal of the upcoming session. */
  proposalId: string;
  /** A draft case of the participant. */
  caseId: string;
  /** A ready case of the participant, with a published summary: a library entry. */
  libraryId: string | null;
  roundId: string | null;
}

export interface WorldOptions {
  /** Also publish the held session's summary (the library entry). */
  published?: boolean;
  /** Also have the coordinator propose a match round. */
  round?: boolean;
}

let worlds = 0;

/** Builds a fresh world in the app; every call makes new people, so worlds never share state. */
export async function createWorld(t: TestApp, options: WorldOptions = {}): Promise<World> {
  const { app } = t;
  const n = (worlds += 1);
  const now = t.clock.now();
  const networkId = await createNetwork(
    app.db,
    {
      name: `Netwerk ${n}`,
      organisationIds: ['GM0363', 'GM0014', 'GM0599', 'GM0344', 'GM0518'],
    },
    now,
  );
  const otherNetworkId = await createNetwork(
    app.db,
    { name: `Ander netwerk ${n}`, organisationIds: ['GM0153'] },
    now,
  );
  const people = {
    participant: { organisationId: 'GM0363', role: 'participant' },
    partner: { organisationId: 'GM0014', role: 'participant' },
    outsider: { organisationId: 'GM0599', role: 'participant' },
    otherCoordinator: { organisationId: 'GM0153', role: 'coordinator', networkId: otherNetworkId },
    coordinator: { organisationId: 'GM0344', role: 'coordinator', networkId },
    admin: { organisationId: 'GM0518', role: 'admin' },
  } as const;
  const users = {} as World['users'];
  const emails = {} as World['emails'];
  const agents = { anonymous: new Agent(app) } as World['agents'];
  for (const [key, person] of Object.entries(people) as [
    keyof typeof people,
    (typeof people)[keyof typeof people],
  ][]) {
    const email = `${key}.${n}@world.example`;
    users[key] = await createUser(app, { email, name: `${key} ${n}`, ...person }, now);
    if (key === 'partner') continue;
    emails[key] = email;
    agents[key] = new Agent(app).useSession(await createAuthSession(app.db, users[key], now));
  }
  const participants = [
    { userId: users.participant, role: 'case-owner' as const },
    { userId: users.partner, role: 'facilitator' as const },
  ];
  const upcomingSessionId = await createSession(
    app,
    { participants, startsAt: '2026-12-01T13:00:00.000Z', state: 'invited', networkId },
    now,
  );
  const heldSessionId = await createSession(
    app,
    { participants, startsAt: '2026-11-16T09:00:00.000Z', state: 'held', networkId },
    now,
  );
  const proposalId = randomUUID();
  await app.db
    .insertInto('time_proposals')
    .values({
      id: proposalId,
      session_id: upcomingSessionId,
      proposed_by: users.partner,
      starts_at: '2026-12-02T13:00:00.000Z',
      ends_at: '2026-12-02T14:00:00.000Z',
      created_at: now.toISOString(),
    })
    .execute();
  const caseId = await insertCase(app, users.participant, now);
  const invitationId = randomUUID();
  await app.db
    .insertInto('network_invitations')
    .values({
      id: invitationId,
      network_id: networkId,
      email: `uitgenodigd.${n}@world.example`,
      organisation_id: 'GM0363',
      invited_by: users.coordinator,
      created_at: now.toISOString(),
      ended_at: null,
      accepted_at: null,
    })
    .execute();
  const world: World = {
    networkId,
    otherNetworkId,
    invitationId,
    users,
    emails,
    agents,
    upcomingSessionId,
    heldSessionId,
    proposalId,
    caseId,
    libraryId: null,
    roundId: null,
  };
  const summary = {
    version: 0,
    content: {
      question: 'Hoe verkort je de wachttijd voor schuldhulp?',
      insights: 'De intake is de flessenhals.',
      exchange: [],
      advice: 'Bel binnen drie dagen terug.',
      takeaways: 'Snel contact helpt.',
      followUps: '',
    },
  };
  const saved = await agents.participant.request(
    'PUT',
    `/api/sessions/${heldSessionId}/summary`,
    summary,
  );
  if (saved.statusCode !== 200) throw new Error(`world: summary ${saved.body}`);
  if (options.published) {
    const partner = new Agent(app).useSession(await createAuthSession(app.db, users.partner, now));
    for (const agent of [agents.participant, partner]) {
      const consent = await agent.request(
        'POST',
        `/api/sessions/${heldSessionId}/summary/consent`,
        {
          version: 1,
          attribution: 'hidden',
          confirmedWarnings: [],
        },
      );
      if (consent.statusCode !== 200) throw new Error(`world: consent ${consent.body}`);
    }
    world.libraryId = heldSessionId;
  }
  if (options.round) {
    const round = await agents.coordinator.request('POST', '/api/rounds', {
      periodStart: '2026-12-01',
      periodEnd: '2026-12-14',
      seed: 1,
    });
    if (round.statusCode !== 201) throw new Error(`world: round ${round.body}`);
    world.roundId = round.json<{ id: string }>().id;
  }
  return world;
}

async function insertCase(app: FastifyInstance, ownerId: string, now: Date): Promise<string> {
  const id = randomUUID();
  await app.db
    .insertInto('cases')
    .values({
      id,
      owner_id: ownerId,
      title: 'Gezin met schulden en een wachtlijst',
      topic_slug: 'schuldhulpverlening',
      situation: 'Een fictief gezin wacht al maanden op schuldhulp.',
      question: 'Hoe houd je contact tijdens de wachttijd?',
      size_class: null,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
      ready_at: null,
    })
    .execute();
  return id;
}
