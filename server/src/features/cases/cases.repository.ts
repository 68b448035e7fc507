import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { CaseRow, Database } from '@ods/db';
import type { CaseDetails, CaseInput, CaseSummary, ConfirmedWarning, SizeClass } from '@ods/shared';

type CaseWithTopic = CaseRow & { name_nl: string; name_en: string };

function withTopic(db: Kysely<Database>) {
  return db
    .selectFrom('cases')
    .innerJoin('topics', 'topics.slug', 'cases.topic_slug')
    .selectAll('cases')
    .select(['topics.name_nl', 'topics.name_en']);
}

/** The confirmations as stored; a damaged value counts as none rather than breaking the page. */
export function parseConfirmedWarnings(json: string): ConfirmedWarning[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? (value as ConfirmedWarning[]) : [];
  } catch {
    return [];
  }
}

function toSummary(row: CaseWithTopic): CaseSummary {
  return {
    id: row.id,
    title: row.title,
    topic: { slug: row.topic_slug, name: { nl: row.name_nl, en: row.name_en } },
    sizeClass: row.size_class as SizeClass | null,
    state: row.state,
    updatedAt: row.updated_at,
    readyAt: row.ready_at,
  };
}

function toDetails(row: CaseWithTopic, viewerId: string): CaseDetails {
  return {
    ...toSummary(row),
    situation: row.situation,
    question: row.question,
    isOwner: row.owner_id === viewerId,
    confirmedWarnings: parseConfirmedWarnings(row.confirmed_warnings),
    createdAt: row.created_at,
  };
}

/** Stores a new draft of the owner's; returns its id. */
export async function insertCase(
  db: Kysely<Database>,
  ownerId: string,
  input: CaseInput,
  now: Date,
): Promise<string> {
  const id = randomUUID();
  const stamp = now.toISOString();
  await db
    .insertInto('cases')
    .values({
      id,
      owner_id: ownerId,
      title: input.title.trim(),
      topic_slug: input.topic,
      situation: input.situation,
      question: input.question,
      size_class: input.sizeClass ?? null,
      state: 'draft',
      created_at: stamp,
      updated_at: stamp,
      ready_at: null,
    })
    .execute();
  return id;
}

/** Replaces the texts of a case while it is a draft; false when it no longer is one. */
export async function updateDraft(
  db: Kysely<Database>,
  caseId: string,
  input: CaseInput,
  now: Date,
): Promise<boolean> {
  const texts = {
    title: input.title.trim(),
    topic_slug: input.topic,
    situation: input.situation,
    question: input.question,
    size_class: input.sizeClass ?? null,
  };
  // The same texts again (a retry, a double click) change nothing, not even updated_at: the
  // guard's "unchanged since" check of a ready request in between stays valid.
  const current = await findCase(db, caseId);
  if (
    current?.state === 'draft' &&
    (Object.keys(texts) as (keyof typeof texts)[]).every((k) => current[k] === texts[k])
  )
    return true;
  const result = await db
    .updateTable('cases')
    .set({ ...texts, updated_at: now.toISOString() })
    .where('id', '=', caseId)
    .where('state', '=', 'draft')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The stored row of a case, for access checks and the guard. */
export async function findCase(db: Kysely<Database>, caseId: string) {
  return db.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirst();
}

/** A case as the API shows it to a reader who may see it. */
export async function loadCaseDetails(
  db: Kysely<Database>,
  caseId: string,
  viewerId: string,
): Promise<CaseDetails | undefined> {
  const row = await withTopic(db).where('cases.id', '=', caseId).executeTakeFirst();
  return row ? toDetails(row, viewerId) : undefined;
}

/** The owner's cases, most recently changed first. */
export async function listCasesOf(db: Kysely<Database>, ownerId: string): Promise<CaseSummary[]> {
  const rows = await withTopic(db)
    .where('cases.owner_id', '=', ownerId)
    .orderBy('cases.updated_at', 'desc')
    .orderBy('cases.id')
    .execute();
  return rows.map(toSummary);
}

/** Every case of the owner in full, for the personal-data export. */
export async function exportCasesOf(db: Kysely<Database>, ownerId: string) {
  const rows = await withTopic(db)
    .where('cases.owner_id', '=', ownerId)
    .orderBy('cases.created_at')
    .execute();
  return rows.map((row) => toDetails(row, ownerId));
}

/** The sessions that use a case (as their case to spar about). */
export async function sessionsUsingCase(db: Kysely<Database>, caseId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('sparring_sessions')
    .select('id')
    .where('case_id', '=', caseId)
    .execute();
  return rows.map((r) => r.id);
}
