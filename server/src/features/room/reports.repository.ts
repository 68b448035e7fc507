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

/**
 * Who receives a session's reports: the coordinators of its network (a coordinator of another
 * network learns nothing about it), or the admins while the network has none.
 */
export async function reportRecipients(
  db: Kysely<Database>,
  sessionId: string,
): Promise<{ email: string; language: Language }[]> {
  const coordinators = await db
    .selectFrom('users')
    .innerJoin('network_coordinators', 'network_coordinators.user_id', 'users.id')
    .innerJoin(
      'sparring_sessions',
      'sparring_sessions.network_id',
      'network_coordinators.network_id',
    )
    .select(['users.email', 'users.language'])
    .where('sparring_sessions.id', '=', sessionId)
    .orderBy('users.email')
    .execute();
  if (coordinators.length > 0) return coordinators;
  return db
    .selectFrom('users')
    .select(['email', 'language'])
    .where('role', '=', 'admin')
    .orderBy('email')
    .execute();
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
