import type { Kysely } from 'kysely';
import type { Attribution, Database } from '@ods/db';
import type { SizeClass } from '@ods/shared';
import type { ConsentAnswer, SummaryConsent } from '@ods/shared/api/summaries';

/** A participant of the session with their municipality and their consent, if they chose. */
export interface SummaryPerson {
  userId: string;
  name: string;
  municipalityName: string;
  sizeClass: SizeClass;
  region: string;
  consent: SummaryConsent | null;
  /** Whether they were in the room; only those who took part are asked (their words are in it). */
  tookPart: boolean;
  answer: ConsentAnswer;
}

/**
 * Where one person's answer stands. A consent row that does not agree is a refusal only when
 * it was decided after the current text; after an edit it means "asked again, no answer yet".
 */
export function answerOf(
  person: { tookPart: boolean; agreed: boolean; decidedAt: string | null; closed: boolean },
  summaryUpdatedAt: string | null,
): ConsentAnswer {
  if (person.agreed) return 'agreed';
  if (!person.tookPart) return 'not-asked';
  if (person.decidedAt && summaryUpdatedAt && person.decidedAt >= summaryUpdatedAt)
    return 'refused';
  return person.closed ? 'no-answer' : 'waiting';
}

/**
 * The session's participants (not removed), by name, each with their consent and whether they
 * took part. A session with no attendance at all (held before attendance was kept) counts
 * everyone as taking part.
 */
export async function summaryPeople(
  db: Kysely<Database>,
  sessionId: string,
): Promise<SummaryPerson[]> {
  const rows = await db
    .selectFrom('session_participants')
    .innerJoin('users', 'users.id', 'session_participants.user_id')
    .leftJoin('organisations', 'organisations.id', 'users.organisation_id')
    .leftJoin('municipalities', 'municipalities.code', 'organisations.municipality_code')
    .leftJoin('summary_consents', (join) =>
      join
        .onRef('summary_consents.session_id', '=', 'session_participants.session_id')
        .onRef('summary_consents.user_id', '=', 'session_participants.user_id'),
    )
    .leftJoin('consent_requests', (join) =>
      join
        .onRef('consent_requests.session_id', '=', 'session_participants.session_id')
        .onRef('consent_requests.user_id', '=', 'session_participants.user_id'),
    )
    .select([
      'users.id',
      'users.name',
      'municipalities.name as municipality_name',
      'municipalities.size_class',
      'municipalities.region',
      'summary_consents.agreed',
      'summary_consents.attribution',
      'summary_consents.decided_at',
      'consent_requests.closed_at',
      (eb) =>
        eb
          .exists(
            eb
              .selectFrom('attendance')
              .select('attendance.id')
              .whereRef('attendance.session_id', '=', 'session_participants.session_id')
              .whereRef('attendance.user_id', '=', 'session_participants.user_id'),
          )
          .as('attended'),
    ])
    .where('session_participants.session_id', '=', sessionId)
    .where('session_participants.removed_at', 'is', null)
    .orderBy('users.name')
    .execute();
  const summary = await db
    .selectFrom('summaries')
    .select('updated_at')
    .where('session_id', '=', sessionId)
    .executeTakeFirst();
  const anyAttendance = rows.some((row) => Boolean(row.attended));
  return rows.map((row) => {
    const agreed = Number(row.agreed) === 1;
    const tookPart = !anyAttendance || Boolean(row.attended);
    return {
      userId: row.id,
      name: row.name,
      municipalityName: row.municipality_name ?? '',
      sizeClass: (row.size_class ?? 'klein') as SizeClass,
      region: row.region ?? '',
      consent: row.attribution ? { agreed, attribution: row.attribution } : null,
      tookPart,
      answer: answerOf(
        { tookPart, agreed, decidedAt: row.decided_at, closed: row.closed_at !== null },
        summary?.updated_at ?? null,
      ),
    };
  });
}

/**
 * Whether everyone who took part agreed to publish the current text. A no-show is not asked
 * and does not block; nobody answering never counts as agreeing.
 */
export function everyoneAgreed(people: readonly SummaryPerson[]): boolean {
  const asked = people.filter((p) => p.tookPart);
  return asked.length > 0 && asked.every((p) => p.consent?.agreed === true);
}

/** Records a participant's choice: how to be shown, and whether they agree now. */
export async function saveConsent(
  db: Kysely<Database>,
  sessionId: string,
  userId: string,
  consent: { attribution: Attribution; agreed: boolean },
  now: Date,
): Promise<void> {
  const values = {
    attribution: consent.attribution,
    agreed: consent.agreed ? 1 : 0,
    decided_at: now.toISOString(),
  };
  await db
    .insertInto('summary_consents')
    .values({ session_id: sessionId, user_id: userId, ...values })
    .onConflict((oc) => oc.columns(['session_id', 'user_id']).doUpdateSet(values))
    .execute();
}
