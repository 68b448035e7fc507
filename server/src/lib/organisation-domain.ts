import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';

/**
 * Whether an e-mail address belongs to one of the organisation's known domains (sub-domains
 * count). A mismatch marks the profile "not verified"; it never blocks anyone.
 */
export async function emailMatchesOrganisation(
  db: Kysely<Database>,
  email: string,
  organisationId: string | null,
): Promise<boolean> {
  if (!organisationId) return false;
  const domain = email.split('@')[1]?.toLowerCase() ?? '';
  const domains = await db
    .selectFrom('organisation_domains')
    .select('domain')
    .where('organisation_id', '=', organisationId)
    .execute();
  return domains.some((d) => domain === d.domain || domain.endsWith(`.${d.domain}`));
}
