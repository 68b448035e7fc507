import { buildInvitation, type PartStat } from '../../core/calendar/ics.ts';
import type { FeedEvent } from '../../core/calendar/ics.ts';
import type { MailAttachment } from '../../plugins/mail/outbox.ts';
import type { ParticipantReply } from '@ods/db';
import type { Language } from '@ods/shared';
import { sessionUid, sessionUrl, type SchedulingContext } from './scheduling-context.ts';
import type { SessionSnapshot } from './session-snapshot.repository.ts';

const PARTSTAT: Record<ParticipantReply, PartStat> = {
  'needs-action': 'NEEDS-ACTION',
  accepted: 'ACCEPTED',
  declined: 'DECLINED',
  tentative: 'TENTATIVE',
};

const TEXT = {
  nl: {
    summary: 'Sparsessie Over de schutting',
    why: 'Waarom deze groep',
    case: 'Casus',
    join: 'Deelnemen',
  },
  en: {
    summary: 'Sparring session Over de schutting',
    why: 'Why this group',
    case: 'Case',
    join: 'Join',
  },
} satisfies Record<Language, Record<string, string>>;

/** The calendar entry of a session as the feed and invitations both describe it, in the reader's language. */
export function sessionEvent(
  ctx: SchedulingContext,
  session: SessionSnapshot,
  language: Language,
): FeedEvent {
  const url = sessionUrl(ctx, session.id);
  const text = TEXT[language];
  return {
    uid: sessionUid(ctx, session.id),
    sequence: session.sequence,
    start: session.startsAt,
    end: session.endsAt,
    summary: `${text.summary}: ${session.topic[language]}`,
    description: [
      session.explanation[language] && `${text.why}: ${session.explanation[language]}`,
      session.case && `${text.case}: ${session.case.title}`,
      `${text.join}: ${url}`,
    ]
      .filter(Boolean)
      .join('\n'),
    url,
    organizer: ctx.organizer,
    cancelled: session.state === 'cancelled',
  };
}

const FILENAMES = {
  nl: { REQUEST: 'uitnodiging.ics', CANCEL: 'afgelast.ics' },
  en: { REQUEST: 'invitation.ics', CANCEL: 'cancelled.ics' },
} as const;

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
  language: Language,
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
    ...sessionEvent(ctx, session, language),
    method,
    attendees,
    stampAt: stampAt.toISOString(),
  });
  return {
    filename: FILENAMES[language][method],
    contentType: `text/calendar; charset=utf-8; method=${method}`,
    content,
    method,
  };
}
