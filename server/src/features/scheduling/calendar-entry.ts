import { buildInvitation, type PartStat } from '../../core/calendar/ics.ts';
import type { FeedEvent } from '../../core/calendar/ics.ts';
import type { MailAttachment } from '../../plugins/mail/outbox.ts';
import type { ParticipantReply } from '@ods/db';
import { sessionUid, sessionUrl, type SchedulingContext } from './scheduling-context.ts';
import type { SessionSnapshot } from './session-snapshot.repository.ts';

const PARTSTAT: Record<ParticipantReply, PartStat> = {
  'needs-action': 'NEEDS-ACTION',
  accepted: 'ACCEPTED',
  declined: 'DECLINED',
  tentative: 'TENTATIVE',
};

/** The calendar entry of a session as the feed and invitations both describe it (Dutch). */
export function sessionEvent(ctx: SchedulingContext, session: SessionSnapshot): FeedEvent {
  const url = sessionUrl(ctx, session.id);
  return {
    uid: sessionUid(ctx, session.id),
    sequence: session.sequence,
    start: session.startsAt,
    end: session.endsAt,
    summary: `Sparsessie Over de schutting: ${session.topic.nl}`,
    description: [
      session.explanation.nl && `Waarom deze groep: ${session.explanation.nl}`,
      session.case && `Casus: ${session.case.title}`,
      `Deelnemen: ${url}`,
    ]
      .filter(Boolean)
      .join('\n'),
    url,
    organizer: ctx.organizer,
    cancelled: session.state === 'cancelled',
  };
}

/**
 * The ICS attachment of an invitation, update or cancellation: every current participant as an
 * ATTENDEE with the PARTSTAT of their reply in the app. A cancellation to someone who was
 * removed lists only them.
 */
export function invitationAttachment(
  ctx: SchedulingContext,
  session: SessionSnapshot,
  method: 'REQUEST' | 'CANCEL',
  stampAt: Date,
  onlyAttendee?: { name: string; email: string },
): MailAttachment {
  const attendees = onlyAttendee
    ? [{ ...onlyAttendee, partstat: 'DECLINED' as const }]
    : session.participants.map((p) => ({
        name: p.name,
        email: p.email,
        partstat: PARTSTAT[p.reply],
      }));
  const content = buildInvitation({
    ...sessionEvent(ctx, session),
    method,
    attendees,
    stampAt: stampAt.toISOString(),
  });
  return {
    filename: method === 'CANCEL' ? 'afgelast.ics' : 'uitnodiging.ics',
    contentType: `text/calendar; charset=utf-8; method=${method}`,
    content,
    method,
  };
}
