import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';
import { FieldErrors, NotFound } from '../../errors.ts';

/** The theme of topics a network added itself, in the installation's taxonomy. */
const OWN_THEME = { nl: 'Eigen onderwerpen van netwerken', en: 'Topics added by networks' };

/** "Wonen & zorg" → "wonen-zorg". */
export function topicSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

/** The slug, or the slug with a number when another topic has it already. */
async function freeSlug(db: Kysely<Database>, base: string): Promise<string> {
  for (let n = 1; ; n += 1) {
    const slug = n === 1 ? base : `${base}-${n}`;
    const taken = await db
      .selectFrom('topics')
      .select('slug')
      .where('slug', '=', slug)
      .executeTakeFirst();
    if (!taken) return slug;
  }
}

async function row(db: Kysely<Database>, networkId: string, slug: string) {
  return db
    .selectFrom('network_topics')
    .selectAll()
    .where('network_id', '=', networkId)
    .where('topic_slug', '=', slug)
    .executeTakeFirst();
}

/**
 * Adds a topic to a network: one of the installation's (taken back in when retired), or a new
 * one the network names, which joins the installation's taxonomy under its own theme so that
 * profiles, cases and summaries can use it like any other.
 */
export async function addTopic(
  db: Kysely<Database>,
  networkId: string,
  input: { slug: string } | { nameNl: string; nameEn?: string },
): Promise<void> {
  let slug: string;
  if ('slug' in input) {
    const topic = await db
      .selectFrom('topics')
      .select('slug')
      .where('slug', '=', input.slug)
      .executeTakeFirst();
    if (!topic)
      throw new FieldErrors({
        slug: { nl: 'Dit onderwerp bestaat niet.', en: 'This topic does not exist.' },
      });
    slug = topic.slug;
  } else {
    // A name the installation already has is that topic, not a second one of the same name.
    const same = await db
      .selectFrom('topics')
      .select('slug')
      .where((eb) => eb(eb.fn('lower', ['name_nl']), '=', input.nameNl.trim().toLowerCase()))
      .executeTakeFirst();
    const inNetwork = same ? await row(db, networkId, same.slug) : undefined;
    if (inNetwork && !inNetwork.retired_at)
      throw new FieldErrors({
        nameNl: {
          nl: 'Dit onderwerp staat al in de lijst van het netwerk.',
          en: 'This topic is already in the network’s list.',
        },
      });
    slug = same?.slug ?? (await freeSlug(db, topicSlug(input.nameNl)));
    if (slug.length < 2)
      throw new FieldErrors({
        nameNl: {
          nl: 'Geef het onderwerp een naam met letters.',
          en: 'Give the topic a name with letters.',
        },
      });
    await db
      .insertInto('topics')
      .values({
        slug,
        theme_nl: OWN_THEME.nl,
        theme_en: OWN_THEME.en,
        name_nl: input.nameNl.trim(),
        name_en: (input.nameEn ?? input.nameNl).trim(),
      })
      .onConflict((oc) => oc.column('slug').doNothing())
      .execute();
  }
  await db
    .insertInto('network_topics')
    .values({ network_id: networkId, topic_slug: slug })
    .onConflict((oc) =>
      oc.columns(['network_id', 'topic_slug']).doUpdateSet({ retired_at: null, merged_into: null }),
    )
    .execute();
}

/** Gives a topic the network's own name; the installation's name and the slug stay. */
export async function renameTopic(
  db: Kysely<Database>,
  networkId: string,
  slug: string,
  names: { nameNl: string; nameEn?: string },
): Promise<void> {
  if (!(await row(db, networkId, slug))) throw new NotFound();
  await db
    .updateTable('network_topics')
    .set({ label_nl: names.nameNl.trim(), label_en: names.nameEn?.trim() ?? null })
    .where('network_id', '=', networkId)
    .where('topic_slug', '=', slug)
    .execute();
}

/**
 * Retires a topic: no longer offered in the network's rounds. Nothing that uses it changes;
 * profiles keep it, cases and published summaries keep their topic.
 */
export async function retireTopic(
  db: Kysely<Database>,
  networkId: string,
  slug: string,
  now: Date,
): Promise<void> {
  const current = await row(db, networkId, slug);
  if (!current) throw new NotFound();
  if (current.retired_at) return;
  await db
    .updateTable('network_topics')
    .set({ retired_at: now.toISOString() })
    .where('network_id', '=', networkId)
    .where('topic_slug', '=', slug)
    .execute();
}

/**
 * Merges a topic into another of the network's: its people and cases count as on the other
 * one in the network's rounds and overview; their own records keep the old topic, so undoing
 * a merge (adding the topic again) loses nothing.
 */
export async function mergeTopic(
  db: Kysely<Database>,
  networkId: string,
  slug: string,
  into: string,
  now: Date,
): Promise<void> {
  const from = await row(db, networkId, slug);
  if (!from) throw new NotFound();
  const target = await row(db, networkId, into);
  if (!target || target.retired_at || target.merged_into || into === slug)
    throw new FieldErrors({
      into: {
        nl: 'Kies een ander, actief onderwerp van dit netwerk om mee samen te voegen.',
        en: 'Choose another, active topic of this network to merge with.',
      },
    });
  await db
    .updateTable('network_topics')
    .set({ merged_into: into, retired_at: from.retired_at ?? now.toISOString() })
    .where('network_id', '=', networkId)
    .where('topic_slug', '=', slug)
    .execute();
  // Topics merged into this one before now follow it to the new one.
  await db
    .updateTable('network_topics')
    .set({ merged_into: into })
    .where('network_id', '=', networkId)
    .where('merged_into', '=', slug)
    .execute();
}
