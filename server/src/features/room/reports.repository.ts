import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, SessionReportKind } from '@ods/db';
import type { Language } from '@ods/shared';

export interface NewReport {
  sessionId: string;
  reporterId: string;
  kind: SessionReportKind;
  details: string;
  createdAt: string;
}

/** Stores a report; returns its id. */
export async function insertReport(db: Kysely<Database>, report: NewReport): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('session_reports')
    .values({
      id,
      session_id: report.sessionId,
      reporter_id: report.reporterId,
      kind: report.kind,
      details: report.details,
      created_at: report.createdAt,
    })
    .execute();
  return id;
}

/** Who receives reports: the coordinators, or the admins while there is no coordinator. */
export async function reportRecipients(
  db: Kysely<Database>,
): Promise<{ email: string; language: Language }[]> {
  const people = await db
    .selectFrom('users')
    .select(['email', 'language', 'role'])
    .where('role', 'in', ['coordinator', 'admin'])
    .orderBy('email')
    .execute();
  const coordinators = people.filter((p) => p.role === 'coordinator');
  return coordinators.length > 0 ? coordinators : people;
}

export interface ReportContext {
  topic: Record<Language, string>;
  startsAt: string;
  reporter: { name: string; email: string; municipality: string };
}

/** What a coordinator needs to place a report: the session's topic and time, and who sent it. */
export async function reportContext(
  db: Kysely<Database>,
  sessionId: string,
  reporterId: string,
): Promise<ReportContext | undefined> {
  const session = await db
    .selectFrom('sparring_sessions')
    .innerJoin('topics', 'topics.slug', 'sparring_sessions.topic_slug')
    .select(['sparring_sessions.starts_at', 'topics.name_nl', 'topics.name_en'])
    .where('sparring_sessions.id', '=', sessionId)
    .executeTakeFirst();
  const reporter = await db
    .selectFrom('users')
    .leftJoin('organisations', 'organisations.id', 'users.organisation_id')
    .leftJoin('municipalities', 'municipalities.code', 'organisations.municipality_code')
    .select(['users.name', 'users.email', 'municipalities.name as municipality'])
    .where('users.id', '=', reporterId)
    .executeTakeFirst();
  if (!session || !reporter) return undefined;
  return {
    topic: { nl: session.name_nl, en: session.name_en },
    startsAt: session.starts_at,
    reporter: { ...reporter, municipality: reporter.municipality ?? '' },
  };
}

/** Reports a person made, for their data export. */
export async function reportsBy(db: Kysely<Database>, userId: string) {
  return db
    .selectFrom('session_reports')
    .select(['session_id as sessionId', 'kind', 'details', 'created_at as createdAt'])
    .where('reporter_id', '=', userId)
    .orderBy('created_at')
    .execute();
}
