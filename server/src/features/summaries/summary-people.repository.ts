import type { Kysely } from 'kysely';
import type { Attribution, Database } from '@ods/db';
import type { SizeClass } from '@ods/shared';
import type { SummaryConsent } from '@ods/shared/api/summaries';

/** A participant of the session with their municipality and their consent, if they chose. */
export interface SummaryPerson {
  userId: string;
  name: string;
  municipalityName: string;
  sizeClass: SizeClass;
  region: string;
  consent: SummaryConsent | null;
}

/** The session's participants (not removed), by name, each with their consent. */
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
    .select([
      'users.id',
      'users.name',
      'municipalities.name as municipality_name',
      'municipalities.size_class',
      'municipalities.region',
      'summary_consents.agreed',
      'summary_consents.attribution',
    ])
    .where('session_participants.session_id', '=', sessionId)
    .where('session_participants.removed_at', 'is', null)
    .orderBy('users.name')
    .execute();
  return rows.map((row) => ({
    userId: row.id,
    name: row.name,
    municipalityName: row.municipality_name ?? '',
    sizeClass: (row.size_class ?? 'klein') as SizeClass,
    region: row.region ?? '',
    consent: row.attribution
      ? { agreed: Number(row.agreed) === 1, attribution: row.attribution }
      : null,
  }));
}

/** Whether every participant agreed to publish the current text. */
export function everyoneAgreed(people: readonly SummaryPerson[]): boolean {
  return people.length > 0 && people.every((p) => p.consent?.agreed === true);
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
