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

/**
 * The organisation a work address belongs to, from its domain or a parent domain (the most
 * specific known one wins: team.amsterdam.nl is Amsterdam). Undefined when no organisation, or
 * more than one, has that domain: then the person chooses in their profile.
 */
export async function organisationOfEmail(
  db: Kysely<Database>,
  email: string,
): Promise<string | undefined> {
  const labels = (email.split('@')[1]?.toLowerCase() ?? '').split('.').filter(Boolean);
  // Every parent domain down to two labels: never a bare top-level domain such as "nl".
  const candidates = labels.slice(0, -1).map((_, i) => labels.slice(i).join('.'));
  if (candidates.length === 0) return undefined;
  const rows = await db
    .selectFrom('organisation_domains')
    .select(['domain', 'organisation_id'])
    .where('domain', 'in', candidates)
    .execute();
  const best = candidates.find((domain) => rows.some((r) => r.domain === domain));
  const organisations = new Set(
    rows.filter((r) => r.domain === best).map((r) => r.organisation_id),
  );
  return organisations.size === 1 ? [...organisations][0] : undefined;
}
