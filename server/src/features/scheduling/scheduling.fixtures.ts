import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { createSession, createUser, type UserFixture } from '../../test-support/fixtures.ts';

/** Tuesday 1 December 2026, 14:00 in Amsterdam: a week after the test clock's start. */
export const STARTS_AT = '2026-12-01T13:00:00.000Z';

const MUNICIPALITIES = ['GM0363', 'GM0014', 'GM0096', 'GM0034', 'GM0599', 'GM0518', 'GM0344'];

/** People from different municipalities, all free on Tuesdays 09–17 for debt assistance. */
export async function createPeople(
  app: FastifyInstance,
  names: readonly string[],
  extra: Partial<UserFixture> = {},
): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, name] of names.entries()) {
    ids.push(
      await createUser(app, {
        email: `${name.toLowerCase()}@example.nl`,
        name,
        organisationId: MUNICIPALITIES[i % MUNICIPALITIES.length]!,
        ...extra,
      }),
    );
  }
  return ids;
}

/** A session as a committed match round leaves it: 'proposed', waiting for its invitations. */
export async function createCommittedSession(
  app: FastifyInstance,
  userIds: readonly string[],
  startsAt = STARTS_AT,
): Promise<string> {
  const roundId = randomUUID();
  const stamp = new Date().toISOString();
  await app.db
    .insertInto('match_rounds')
    .values({
      id: roundId,
      period_start: '2026-11-30',
      period_end: '2026-12-11',
      state: 'committed',
      proposed_by: null,
      created_at: stamp,
      committed_at: stamp,
    })
    .execute();
  const sessionId = await createSession(app, {
    participants: userIds.map((userId, i) => ({
      userId,
      role: i === 0 ? 'facilitator' : 'member',
    })),
    startsAt,
    state: 'proposed',
  });
  await app.db
    .updateTable('sparring_sessions')
    .set({ round_id: roundId })
    .where('id', '=', sessionId)
    .execute();
  return sessionId;
}

/** The mails in the outbox, oldest first, optionally of one kind or to one address. */
export async function outboxMails(
  app: FastifyInstance,
  filter: { kind?: string; to?: string } = {},
) {
  let query = app.db.selectFrom('outbox').selectAll().orderBy('created_at').orderBy('id');
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (filter.to) query = query.where('to_address', '=', filter.to);
  return query.execute();
}

/** The reply token of a link in the newest invitation to an address. */
export async function replyToken(
  app: FastifyInstance,
  to: string,
  action: 'accept' | 'decline',
): Promise<string> {
  const mails = await outboxMails(app, { to });
  const invitation = mails
    .filter((m) => m.kind === 'invitation' || m.kind === 'invitation-update')
    .at(-1);
  if (!invitation) throw new Error(`no invitation to ${to}`);
  const links = invitation.text_body.match(/\/antwoord\/([A-Za-z0-9_.-]+)/g) ?? [];
  const link = links[action === 'accept' ? 0 : 1];
  if (!link) throw new Error('no reply link');
  return link.replace('/antwoord/', '');
}
