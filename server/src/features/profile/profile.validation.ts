import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import type { ProfileInput } from '@ods/shared';
import { validateAvailability } from '@ods/shared/availability';
import { offeredTopics } from '../../domain/networks/network-topics.ts';
import type { Localised } from '../../lib/language.ts';

/**
 * The checks a schema cannot make: references that must exist, duplicates, overlapping
 * blocks. Returns per-field messages (empty when all is well).
 */
export async function profileProblems(
  db: Kysely<Database>,
  input: ProfileInput,
  alreadyAcceptedHouseRules: boolean,
  savedTopics: readonly string[] = [],
): Promise<Record<string, Localised>> {
  const problems: Record<string, Localised> = {};
  const organisation = await db
    .selectFrom('organisations')
    .select('id')
    .where('id', '=', input.organisationId)
    .executeTakeFirst();
  if (!organisation) {
    problems.organisationId = {
      nl: 'Kies je gemeente of organisatie uit de lijst.',
      en: 'Choose your municipality or organisation from the list.',
    };
  }
  const known = new Set(
    (await db.selectFrom('topics').select('slug').execute()).map((t) => t.slug),
  );
  // New topics come from the selection of the person's networks; one they already have stays
  // (also when their network has since retired it).
  const offered = organisation
    ? await offeredTopics(db, { organisationId: organisation.id })
    : undefined;
  const seen = new Set<string>();
  input.topics.forEach((topic, index) => {
    if (!known.has(topic.slug))
      problems[`topics.${index}`] = {
        nl: 'Dit onderwerp kennen we niet.',
        en: 'This topic is not known.',
      };
    else if (offered && !offered.has(topic.slug) && !savedTopics.includes(topic.slug))
      problems[`topics.${index}`] = {
        nl: 'Dit onderwerp hoort niet bij de onderwerpen van je netwerk. Kies er een uit de lijst.',
        en: 'This topic is not one of your network’s topics. Choose one from the list.',
      };
    else if (seen.has(topic.slug))
      problems[`topics.${index}`] = {
        nl: 'Dit onderwerp staat er al in.',
        en: 'This topic is already listed.',
      };
    seen.add(topic.slug);
  });
  for (const error of validateAvailability(input.availability))
    problems[`availability.${error.index}`] ??= error.message;
  const avoid = input.avoidOrganisationIds ?? [];
  if (avoid.length > 0) {
    const existing = new Set(
      (await db.selectFrom('organisations').select('id').where('id', 'in', avoid).execute()).map(
        (o) => o.id,
      ),
    );
    avoid.forEach((id, index) => {
      if (!existing.has(id))
        problems[`avoidOrganisationIds.${index}`] = {
          nl: 'Deze organisatie kennen we niet.',
          en: 'This organisation is not known.',
        };
      else if (id === input.organisationId) {
        problems[`avoidOrganisationIds.${index}`] = {
          nl: 'Dit is je eigen organisatie.',
          en: 'This is your own organisation.',
        };
      }
    });
  }
  (input.awayPeriods ?? []).forEach((period, index) => {
    if (period.to < period.from)
      problems[`awayPeriods.${index}`] = {
        nl: 'De einddatum ligt voor de begindatum.',
        en: 'The end date is before the start date.',
      };
  });
  if (!input.houseRulesAccepted && !alreadyAcceptedHouseRules) {
    problems.houseRulesAccepted = {
      nl: 'Ga akkoord met de huisregels om mee te doen.',
      en: 'Accept the house rules to take part.',
    };
  }
  return problems;
}
