import { randomBytes, randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ParticipantRole, SessionState } from '@ods/db';
import type { AvailabilityBlock } from '@ods/shared/availability';
import type { TopicChoice } from '@ods/shared';
import { appointCoordinator, defaultNetworkId } from '../domain/networks/networks.repository.ts';

export interface UserFixture {
  email: string;
  name?: string;
  organisationId?: string;
  role?: 'participant' | 'coordinator' | 'admin';
  /** For a coordinator: the network they run; by default the installation's default network. */
  networkId?: string;
  topics?: TopicChoice[];
  availability?: AvailabilityBlock[];
}

/** A user with a complete profile, written straight to the database (sign in with Agent.signIn). */
export async function createUser(
  app: FastifyInstance,
  user: UserFixture,
  now = new Date(),
): Promise<string> {
  const id = randomUUID();
  const stamp = now.toISOString();
  await app.db
    .insertInto('users')
    .values({
      id,
      email: user.email.toLowerCase(),
      name: user.name ?? user.email.split('@')[0]!,
      role: user.role ?? 'participant',
      organisation_id: user.organisationId ?? 'GM0363',
      job_title: 'Consulent',
      house_rules_accepted_at: stamp,
      profile_completed_at: stamp,
      paused_until: null,
      created_at: stamp,
      updated_at: stamp,
    })
    .execute();
  const topics = user.topics ?? [{ slug: 'schuldhulpverlening', level: 'ervaren' }];
  await app.db
    .insertInto('user_topics')
    .values(topics.map((t) => ({ user_id: id, topic_slug: t.slug, level: t.level })))
    .execute();
  const availability = user.availability ?? [
    { weekday: 2, startMinute: 9 * 60, endMinute: 17 * 60 },
  ];
  await app.db
    .insertInto('user_availability')
    .values(
      availability.map((a) => ({
        user_id: id,
        weekday: a.weekday,
        start_minute: a.startMinute,
        end_minute: a.endMinute,
      })),
    )
    .execute();
  if (user.role === 'coordinator')
    await appointCoordinator(
      app.db,
      user.networkId ?? (await defaultNetworkId(app.db, now)),
      id,
      now,
    );
  return id;
}

export interface SessionFixture {
  participants: { userId: string; role?: ParticipantRole }[];
  startsAt: string;
  minutes?: number;
  state?: SessionState;
  topic?: string;
  caseId?: string | null;
  /** By default the installation's default network. */
  networkId?: string | null;
}

/** A sparring session with its participants, as a committed match round would leave it. */
export async function createSession(
  app: FastifyInstance,
  session: SessionFixture,
  now = new Date(),
): Promise<string> {
  const id = randomUUID();
  const stamp = now.toISOString();
  const endsAt = new Date(
    Date.parse(session.startsAt) + (session.minutes ?? 60) * 60_000,
  ).toISOString();
  await app.db
    .insertInto('sparring_sessions')
    .values({
      id,
      round_id: null,
      topic_slug: session.topic ?? 'schuldhulpverlening',
      case_id: session.caseId ?? null,
      state: session.state ?? 'invited',
      cancel_reason: null,
      starts_at: session.startsAt,
      ends_at: endsAt,
      room_name: `room-${randomBytes(16).toString('hex')}`,
      explanation_nl: 'Schuldhulpverlening · 3 gemeenten in 3 provincies',
      explanation_en: 'Debt assistance · 3 municipalities in 3 provinces',
      created_at: stamp,
      updated_at: stamp,
      network_id:
        session.networkId === undefined ? await defaultNetworkId(app.db, now) : session.networkId,
    })
    .execute();
  await app.db
    .insertInto('session_participants')
    .values(
      session.participants.map((p) => ({
        session_id: id,
        user_id: p.userId,
        role: p.role ?? 'member',
        added_at: stamp,
        reply_reason: null,
        replied_at: null,
        removed_at: null,
      })),
    )
    .execute();
  return id;
}
