import type { Language } from '@ods/shared';
import { renderMail } from '../../plugins/mail/render.ts';
import type { OutgoingMail } from '../../plugins/mail/outbox.ts';
import { invitationAttachment } from './calendar-entry.ts';
import {
  CANCEL_REASONS,
  footer,
  formatShort,
  formatWhen,
  unsubscribeHeaders,
} from './mail-text.ts';
import { signReplyToken } from './reply-tokens.ts';
import { sessionUrl, type SchedulingContext } from './scheduling-context.ts';
import type { SessionSnapshot, SnapshotParticipant } from './session-snapshot.repository.ts';

export type InvitationKind = 'new' | 'substitute' | 'moved';

function replyToken(
  ctx: SchedulingContext,
  session: SessionSnapshot,
  userId: string,
  action: 'accept' | 'decline',
): string {
  return signReplyToken(ctx.secret, {
    sessionId: session.id,
    userId,
    action,
    startsAt: session.startsAt,
  });
}

function groupLine(session: SessionSnapshot, to: SnapshotParticipant, language: Language): string {
  const others = session.participants.filter((p) => p.userId !== to.userId).map((p) => p.name);
  return language === 'nl'
    ? `Je spart met ${others.join(', ')}.`
    : `You will spar with ${others.join(', ')}.`;
}

/** What this person does in the session, when it is more than taking part. */
function roleLines(ctx: SchedulingContext, to: SnapshotParticipant): string[] {
  const nl = to.language === 'nl';
  if (to.role === 'facilitator')
    return [
      nl
        ? `Jij bent de gespreksleider: je leidt de groep door de fasen van de methode en bewaakt de tijd. Hoe dat gaat, staat op één pagina: ${ctx.publicUrl}/gespreksleider`
        : `You are the facilitator: you lead the group through the phases of the method and keep the time. How, on one page: ${ctx.publicUrl}/gespreksleider`,
    ];
  if (to.role === 'case-owner')
    return [
      nl
        ? 'Jij brengt de (fictieve) casus in: je vertelt hem kort aan het begin.'
        : 'You bring the (fictional) case: you tell it briefly at the start.',
    ];
  return [];
}

/** An invitation, an invitation for a substitute, or the update of a moved session (METHOD:REQUEST). */
export function invitationMail(
  ctx: SchedulingContext,
  session: SessionSnapshot,
  to: SnapshotParticipant,
  kind: InvitationKind,
  now: Date,
): OutgoingMail {
  const nl = to.language === 'nl';
  const when = formatWhen(session.startsAt, session.endsAt, to.language);
  const topic = session.topic[to.language];
  const heading = {
    new: nl ? 'Je bent uitgenodigd voor een sparsessie' : 'You are invited to a sparring session',
    substitute: nl
      ? 'Er is een plek vrij in een sparsessie: je bent uitgenodigd'
      : 'A seat came free in a sparring session: you are invited',
    moved: nl ? 'Je sparsessie is verplaatst' : 'Your sparring session has moved',
  }[kind];
  const subjectPrefix = {
    new: nl ? 'Uitnodiging' : 'Invitation',
    substitute: nl ? 'Uitnodiging' : 'Invitation',
    moved: nl ? 'Verplaatst' : 'Moved',
  }[kind];
  const explanation = session.explanation[to.language];
  const accept = replyToken(ctx, session, to.userId, 'accept');
  const decline = replyToken(ctx, session, to.userId, 'decline');
  const paragraphs = [
    nl
      ? `Een online sparsessie over ${topic} met professionals uit andere gemeenten. Wanneer: ${when} (Nederlandse tijd).`
      : `An online sparring session on ${topic} with professionals from other municipalities. When: ${when} (Dutch time).`,
    groupLine(session, to, to.language),
    ...roleLines(ctx, to),
    ...(explanation ? [(nl ? 'Waarom deze groep: ' : 'Why this group: ') + explanation] : []),
    ...(session.case
      ? [
          (nl
            ? 'Jullie bespreken de (fictieve) casus: '
            : 'You will discuss the (fictional) case: ') +
            `${session.case.title}. ${session.case.question}`,
        ]
      : []),
    nl
      ? 'Kom je? Laat het weten met een van de knoppen; inloggen is niet nodig. De bijlage zet de sessie in je agenda.'
      : 'Will you come? Let us know with one of the buttons; no need to sign in. The attachment puts the session in your calendar.',
  ];
  return {
    kind: kind === 'moved' ? 'invitation-update' : 'invitation',
    to: to.email,
    subject: `${subjectPrefix}: ${nl ? 'sparsessie' : 'sparring session'} ${topic}, ${formatShort(session.startsAt, to.language)}`,
    headers: unsubscribeHeaders(ctx.publicUrl),
    attachments: [invitationAttachment(ctx, session, 'REQUEST', now, to.language)],
    secrets: [accept, decline],
    ...renderMail({
      heading,
      paragraphs,
      button: {
        label: nl ? 'Ik kom' : 'I will come',
        url: `${ctx.publicUrl}/antwoord/${accept}`,
      },
      actions: [
        {
          label: nl ? 'Ik kan niet' : 'I cannot come',
          url: `${ctx.publicUrl}/antwoord/${decline}`,
        },
        {
          label: nl ? 'Naar de sessiepagina' : 'Go to the session page',
          url: sessionUrl(ctx, session.id),
        },
      ],
      footer: footer(ctx.publicUrl, to.language),
    }),
  };
}

/**
 * A short update to the others when substitutes join: the same time, the new attendee list
 * (METHOD:REQUEST with a higher SEQUENCE), so their calendars show who comes.
 */
export function attendeesChangedMail(
  ctx: SchedulingContext,
  session: SessionSnapshot,
  to: SnapshotParticipant,
  joined: readonly string[],
  now: Date,
): OutgoingMail {
  const nl = to.language === 'nl';
  const topic = session.topic[to.language];
  const when = formatWhen(session.startsAt, session.endsAt, to.language);
  const names = joined.join(', ');
  return {
    kind: 'invitation-attendees',
    to: to.email,
    subject: `${nl ? 'Nieuwe deelnemer' : 'New participant'}: ${topic}, ${formatShort(session.startsAt, to.language)}`,
    headers: unsubscribeHeaders(ctx.publicUrl),
    attachments: [invitationAttachment(ctx, session, 'REQUEST', now, to.language)],
    ...renderMail({
      heading: nl ? 'Er doet iemand nieuw mee' : 'Someone new joins',
      paragraphs: [
        nl
          ? `${names} neemt een vrijgekomen plek in de sparsessie over ${topic} op ${when} in. Het moment blijft hetzelfde; de bijlage werkt de deelnemers in je agenda bij.`
          : `${names} takes a seat that came free in the sparring session on ${topic} on ${when}. The time stays the same; the attachment updates the participants in your calendar.`,
        groupLine(session, to, to.language),
      ],
      button: {
        label: nl ? 'Naar de sessiepagina' : 'Go to the session page',
        url: sessionUrl(ctx, session.id),
      },
      footer: footer(ctx.publicUrl, to.language),
    }),
  };
}

/** METHOD:CANCEL: the whole session is off (with the reason), or this person is out of it. */
export function cancellationMail(
  ctx: SchedulingContext,
  session: SessionSnapshot,
  to: Pick<SnapshotParticipant, 'name' | 'email' | 'language'>,
  why: 'session-cancelled' | 'you-declined' | 'not-confirmed',
  now: Date,
): OutgoingMail {
  const nl = to.language === 'nl';
  const when = formatWhen(session.startsAt, session.endsAt, to.language);
  const topic = session.topic[to.language];
  const paragraphs =
    why === 'not-confirmed'
      ? [
          nl
            ? `Je hebt de sparsessie over ${topic} op ${when} niet op tijd bevestigd. De groep gaat op een ander moment verder zonder jou; de bijlage haalt de sessie uit je agenda.`
            : `You did not confirm the sparring session on ${topic} on ${when} in time. The group goes ahead at another time without you; the attachment takes the session out of your calendar.`,
          nl
            ? 'Je blijft in de pool voor een volgende ronde.'
            : 'You stay in the pool for a next round.',
        ]
      : why === 'you-declined'
        ? [
            nl
              ? `Je hebt je afgemeld voor de sparsessie over ${topic} op ${when}. De bijlage haalt de sessie uit je agenda.`
              : `You declined the sparring session on ${topic} on ${when}. The attachment takes it out of your calendar.`,
            nl ? 'Bedankt voor het laten weten.' : 'Thank you for letting us know.',
          ]
        : [
            nl
              ? `De sparsessie over ${topic} op ${when} gaat niet door.`
              : `The sparring session on ${topic} on ${when} will not take place.`,
            ...(session.cancelReason ? [CANCEL_REASONS[session.cancelReason][to.language]] : []),
            nl
              ? 'De bijlage haalt de sessie uit je agenda. Je blijft in de pool voor een volgende ronde.'
              : 'The attachment takes the session out of your calendar. You stay in the pool for a next round.',
          ];
  return {
    kind: 'invitation-cancel',
    to: to.email,
    subject:
      (why !== 'session-cancelled'
        ? nl
          ? 'Afgemeld'
          : 'Declined'
        : nl
          ? 'Afgelast'
          : 'Cancelled') + `: ${topic}, ${formatShort(session.startsAt, to.language)}`,
    headers: unsubscribeHeaders(ctx.publicUrl),
    attachments: [
      invitationAttachment(
        ctx,
        session,
        'CANCEL',
        now,
        to.language,
        why === 'session-cancelled' ? undefined : { name: to.name, email: to.email },
      ),
    ],
    ...renderMail({
      heading:
        why !== 'session-cancelled'
          ? nl
            ? 'Je bent afgemeld'
            : 'You have declined'
          : nl
            ? 'Sessie afgelast'
            : 'Session cancelled',
      paragraphs,
      footer: footer(ctx.publicUrl, to.language),
    }),
  };
}

/** A reminder 24 hours or 15 minutes before the start, with the join link. */
export function reminderMail(
  ctx: SchedulingContext,
  session: SessionSnapshot,
  to: SnapshotParticipant,
  kind: 'reminder-24h' | 'reminder-15m',
): OutgoingMail {
  const nl = to.language === 'nl';
  const when = formatWhen(session.startsAt, session.endsAt, to.language);
  const soon = kind === 'reminder-15m';
  const topic = session.topic[to.language];
  return {
    kind,
    to: to.email,
    subject: soon
      ? nl
        ? `Over 15 minuten: sparsessie ${topic}`
        : `In 15 minutes: sparring session ${topic}`
      : nl
        ? `Morgen: sparsessie ${topic}`
        : `Tomorrow: sparring session ${topic}`,
    headers: unsubscribeHeaders(ctx.publicUrl),
    ...renderMail({
      heading: soon
        ? nl
          ? 'Je sparsessie begint over 15 minuten'
          : 'Your sparring session starts in 15 minutes'
        : nl
          ? 'Morgen is je sparsessie'
          : 'Your sparring session is tomorrow',
      paragraphs: [
        nl ? `Over ${topic}, ${when} (Nederlandse tijd).` : `On ${topic}, ${when} (Dutch time).`,
        groupLine(session, to, to.language),
      ],
      button: { label: nl ? 'Deelnemen' : 'Join', url: sessionUrl(ctx, session.id) },
      footer: footer(ctx.publicUrl, to.language),
    }),
  };
}

/** Someone proposes another time; the others agree or not in "Mijn sessies". */
export function proposalMail(
  ctx: SchedulingContext,
  session: SessionSnapshot,
  to: SnapshotParticipant,
  proposer: string,
  proposed: { startsAt: string; endsAt: string },
): OutgoingMail {
  const nl = to.language === 'nl';
  const topic = session.topic[to.language];
  const when = formatWhen(proposed.startsAt, proposed.endsAt, to.language);
  return {
    kind: 'time-proposal',
    to: to.email,
    subject: nl
      ? `Ander moment voorgesteld: sparsessie ${topic}`
      : `Another time proposed: sparring session ${topic}`,
    headers: unsubscribeHeaders(ctx.publicUrl),
    ...renderMail({
      heading: nl ? 'Een ander moment voorgesteld' : 'Another time proposed',
      paragraphs: [
        nl
          ? `${proposer} stelt voor de sparsessie over ${topic} te verplaatsen naar ${when}. Als iedereen akkoord is, verhuist de sessie.`
          : `${proposer} proposes to move the sparring session on ${topic} to ${when}. When everyone agrees, the session moves.`,
      ],
      button: {
        label: nl ? 'Bekijk in Mijn sessies' : 'See it in My sessions',
        url: `${ctx.publicUrl}/sessies`,
      },
      footer: footer(ctx.publicUrl, to.language),
    }),
  };
}
