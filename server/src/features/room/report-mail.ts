import type { SessionReportKind } from '@ods/db';
import type { Language } from '@ods/shared';
import { renderMail } from '../../plugins/mail/render.ts';
import type { OutgoingMail } from '../../plugins/mail/outbox.ts';
import { amsterdamMoment } from './room-window.ts';
import type { ReportContext } from './reports.repository.ts';

const KIND: Record<SessionReportKind, Record<Language, string>> = {
  behaviour: { nl: 'gedrag van een deelnemer', en: "a participant's behaviour" },
  'real-case': {
    nl: 'er wordt een echte casus besproken (echte personen herkenbaar)',
    en: 'a real case is being discussed (real people recognisable)',
  },
  other: { nl: 'iets anders', en: 'something else' },
};

/**
 * The mail a coordinator gets about a report. It carries the report and who sent it, and
 * never the session's notes: those stay with the group.
 */
export function reportMail(
  to: { email: string; language: Language },
  report: { kind: SessionReportKind; details: string; sessionUrl: string },
  context: ReportContext,
): OutgoingMail {
  const language = to.language;
  const nl = language === 'nl';
  const when = amsterdamMoment(new Date(context.startsAt), language);
  const who = [context.reporter.name, context.reporter.municipality].filter(Boolean).join(' · ');
  return {
    kind: 'session-report',
    to: to.email,
    subject: nl
      ? `Melding over de sessie ${context.topic.nl} van ${when}`
      : `Report about the session ${context.topic.en} on ${when}`,
    ...renderMail({
      heading: nl ? 'Een deelnemer meldt een probleem' : 'A participant reports a problem',
      paragraphs: [
        nl ? `Sessie: ${context.topic.nl}, ${when}.` : `Session: ${context.topic.en}, ${when}.`,
        nl
          ? `Van: ${who} (${context.reporter.email}).`
          : `From: ${who} (${context.reporter.email}).`,
        nl ? `Soort melding: ${KIND[report.kind].nl}.` : `Kind of report: ${KIND[report.kind].en}.`,
        report.details,
        nl
          ? 'De aantekeningen van de groep staan niet in deze mail en zijn niet voor de coördinator.'
          : "The group's notes are not in this mail and are not for the coordinator.",
      ],
      button: { label: nl ? 'Sessie bekijken' : 'View the session', url: report.sessionUrl },
    }),
  };
}
