import type { Kysely } from 'kysely';
import type { Attribution, Database } from '@ods/db';
import type { SummaryContent, SummaryFinding } from '@ods/shared/api/summaries';
import { summaryTexts } from '@ods/shared/api/summary-guard';
import { SUMMARY_TEXT_FIELDS } from '@ods/shared/api/summary-limits';
import { findKnownPeople, type KnownPerson } from '@ods/shared/guard/index';

/**
 * The session's participants as the guard must keep them out of the summary: everyone's e-mail
 * address, and the name and organisation of each who did not choose to be shown by name (also
 * those who have not chosen yet). `choosing` is the choice being made in this request.
 */
export async function peopleToKeepOut(
  db: Kysely<Database>,
  sessionId: string,
  choosing?: { userId: string; attribution: Attribution },
): Promise<KnownPerson[]> {
  const rows = await db
    .selectFrom('session_participants')
    .innerJoin('users', 'users.id', 'session_participants.user_id')
    .leftJoin('organisations', 'organisations.id', 'users.organisation_id')
    .leftJoin('summary_consents', (join) =>
      join
        .onRef('summary_consents.session_id', '=', 'session_participants.session_id')
        .onRef('summary_consents.user_id', '=', 'session_participants.user_id'),
    )
    .select([
      'users.id',
      'users.name',
      'users.email',
      'organisations.name as organisation',
      'summary_consents.attribution',
    ])
    .where('session_participants.session_id', '=', sessionId)
    .where('session_participants.removed_at', 'is', null)
    .execute();
  return rows.map((row) => {
    const attribution = row.id === choosing?.userId ? choosing.attribution : row.attribution;
    const named = attribution === 'name-and-municipality';
    return named
      ? { name: '', email: row.email }
      : { name: row.name, email: row.email, organisation: row.organisation };
  });
}

/** Where a summary's texts name one of `people`, per text field. */
export function knownPeopleFindings(
  content: SummaryContent,
  people: readonly KnownPerson[],
): SummaryFinding[] {
  const texts = summaryTexts(content);
  return SUMMARY_TEXT_FIELDS.flatMap((field) =>
    findKnownPeople(texts[field], people).map((f): SummaryFinding => ({ field, ...f })),
  );
}

/**
 * The draft made from the notes with the participants' names, addresses and organisations
 * already replaced ("[naam]"): notes say "Bram stuurt de checklist", nobody has chosen to be
 * named yet when the draft is made, and the check before consent would stop it anyway. So
 * nobody has to click every name away before they can agree.
 */
export function withoutKnownPeople(
  content: SummaryContent,
  people: readonly KnownPerson[],
): SummaryContent {
  const clean = (text: string) =>
    findKnownPeople(text, people)
      .sort((a, b) => b.start - a.start)
      .reduce((t, f) => t.slice(0, f.start) + f.replacement + t.slice(f.end), text);
  return {
    question: clean(content.question),
    insights: clean(content.insights),
    exchange: content.exchange.map((row) => ({
      municipality: clean(row.municipality),
      approach: clean(row.approach),
      tools: clean(row.tools),
      whatWorks: clean(row.whatWorks),
    })),
    advice: clean(content.advice),
    takeaways: clean(content.takeaways),
    followUps: clean(content.followUps),
  };
}
