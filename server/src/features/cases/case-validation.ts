import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import type { CaseInput } from '@ods/shared';
import { offeredTopics } from '../../domain/networks/network-topics.ts';
import type { Localised } from '../../lib/language.ts';

const REQUIRED: Localised = { nl: 'Dit veld is verplicht.', en: 'This field is required.' };

/**
 * What the schema cannot check: a title of only spaces, a topic that does not exist or that
 * the author's networks do not offer (a case keeps the topic it has, also a retired one).
 */
export async function caseInputProblems(
  db: Kysely<Database>,
  input: CaseInput,
  author: { organisationId: string | null; keepTopic?: string },
): Promise<Record<string, Localised>> {
  const problems: Record<string, Localised> = {};
  if (input.title.trim() === '') problems.title = REQUIRED;
  const topic = await db
    .selectFrom('topics')
    .select('slug')
    .where('slug', '=', input.topic)
    .executeTakeFirst();
  const offered =
    topic && author.organisationId !== null && input.topic !== author.keepTopic
      ? await offeredTopics(db, { organisationId: author.organisationId })
      : undefined;
  if (!topic || (offered && !offered.has(input.topic))) {
    problems.topic = {
      nl: 'Kies een onderwerp uit de lijst.',
      en: 'Choose a topic from the list.',
    };
  }
  return problems;
}

/** A draft may be unfinished; a ready case needs its situation and its question. */
export function readinessProblems(texts: {
  situation: string;
  question: string;
}): Record<string, Localised> {
  const problems: Record<string, Localised> = {};
  if (texts.situation.trim() === '') {
    problems.situation = {
      nl: 'Beschrijf de situatie voordat je de casus klaarzet.',
      en: 'Describe the situation before you mark the case ready.',
    };
  }
  if (texts.question.trim() === '') {
    problems.question = {
      nl: 'Schrijf je vraag aan de groep op voordat je de casus klaarzet.',
      en: 'Write down your question for the group before you mark the case ready.',
    };
  }
  return problems;
}
