import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, ParticipantRole } from '@ods/db';
import type { Localised } from '../../lib/language.ts';
import { FieldErrors } from '../../errors.ts';
import {
  anyNetworkOrganisationIds,
  networkOrganisationIds,
} from '../../domain/networks/network-scope.ts';
import { offeredTopics } from '../../domain/networks/network-topics.ts';
import { sendInvitations } from './invitations.ts';
import type { SchedulingContext } from './scheduling-context.ts';
import { planReminders } from './session-jobs.ts';
import { loadSnapshot } from './session-snapshot.repository.ts';

const SESSION_MINUTES = 60;

export interface SparNowInput {
  topic: string;
  startsInMinutes: number;
  emails: readonly string[];
  /** The network the session is for: its members, and others who opted in, may be invited. */
  networkId: string;
}

const roleAt = (index: number): ParticipantRole =>
  index === 0 ? 'case-owner' : index === 1 ? 'facilitator' : 'member';

/**
 * An ad-hoc session for a group, starting within the hour: invited at once with the normal
 * invitation mails (and the 15-minute reminder when there is time for it). The coordinator
 * chose the group, so there is no quorum check: it goes ahead with whoever comes, and ends
 * as held like any session once two were in the room.
 */
export async function startSparNow(
  db: Kysely<Database>,
  ctx: SchedulingContext,
  input: SparNowInput,
  now: Date,
): Promise<string> {
  const emails = input.emails.map((e) => e.trim().toLowerCase());
  // Someone outside the network answers as an unknown address: a coordinator learns nothing
  // about who has an account in another network.
  const people = await db
    .selectFrom('users')
    .select(['id', 'email'])
    .where('email', 'in', emails)
    .where((eb) =>
      eb.or([
        eb('organisation_id', 'in', networkOrganisationIds(db, input.networkId)),
        eb.and([
          eb('open_to_other_networks', '=', 1),
          eb('organisation_id', 'in', anyNetworkOrganisationIds(db)),
        ]),
      ]),
    )
    .execute();
  const problems: Record<string, Localised> = {};
  const unknown = emails.filter((e) => !people.some((p) => p.email === e));
  if (unknown.length > 0)
    problems.emails = {
      nl: `Geen account met dit adres: ${unknown.join(', ')}. Controleer de adressen.`,
      en: `No account with this address: ${unknown.join(', ')}. Check the addresses.`,
    };
  const topic = await db
    .selectFrom('topics')
    .select('slug')
    .where('slug', '=', input.topic)
    .executeTakeFirst();
  // The topic comes from the network's own selection, as in a round for it.
  const offered = topic ? await offeredTopics(db, { networkId: input.networkId }) : undefined;
  if (!topic)
    problems.topic = { nl: 'Kies een bestaand onderwerp.', en: 'Choose an existing topic.' };
  else if (offered && !offered.has(input.topic))
    problems.topic = {
      nl: 'Dit onderwerp hoort niet bij de onderwerpen van het netwerk. Kies er een uit de lijst.',
      en: 'This topic is not one of the network’s topics. Choose one from the list.',
    };
  if (Object.keys(problems).length > 0) throw new FieldErrors(problems);

  // On the minute, so the invitation reads "14:20", not "14:19:37".
  const minute = Math.ceil(now.getTime() / 60_000) * 60_000;
  const startsAt = new Date(minute + input.startsInMinutes * 60_000);
  const id = randomUUID();
  const stamp = now.toISOString();
  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto('sparring_sessions')
      .values({
        id,
        round_id: null,
        topic_slug: input.topic,
        case_id: null,
        state: 'invited',
        cancel_reason: null,
        starts_at: startsAt.toISOString(),
        ends_at: new Date(startsAt.getTime() + SESSION_MINUTES * 60_000).toISOString(),
        room_name: `room-${randomBytes(16).toString('hex')}`,
        explanation_nl: 'Spar nu: een sessie die de coördinator voor deze groep startte.',
        explanation_en: 'Spar now: a session the coordinator started for this group.',
        created_at: stamp,
        updated_at: stamp,
        network_id: input.networkId,
      })
      .execute();
    await trx
      .insertInto('session_participants')
      .values(
        emails.map((email, index) => ({
          session_id: id,
          user_id: people.find((p) => p.email === email)!.id,
          role: roleAt(index),
          added_at: stamp,
          reply_reason: null,
          replied_at: null,
          removed_at: null,
        })),
      )
      .execute();
    const session = await loadSnapshot(trx, id);
    if (!session) throw new Error('the new session is gone');
    await sendInvitations(trx, ctx, session, session.participants, 'new', now);
    await planReminders(
      trx,
      session,
      session.participants.map((p) => p.userId),
      now,
    );
    return id;
  });
}

/** The people invited to a session, for the audit log. */
export async function participantIds(db: Kysely<Database>, sessionId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('session_participants')
    .select('user_id')
    .where('session_id', '=', sessionId)
    .execute();
  return rows.map((r) => r.user_id);
}
