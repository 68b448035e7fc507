import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/** 0 or 1: booleans are integers on both SQLite and PostgreSQL. */
export type Flag = number;

export interface MunicipalitiesTable {
  code: string;
  name: string;
  province_code: string;
  province: string;
  population: number;
  size_class: string;
  region_code: string;
  region: string;
  lat: number;
  lon: number;
}

export interface TopicsTable {
  slug: string;
  theme_nl: string;
  theme_en: string;
  name_nl: string;
  name_en: string;
}

export interface OrganisationsTable {
  id: string;
  name: string;
  kind: 'gemeente' | 'organisatie';
  municipality_code: string;
}

export interface OrganisationDomainsTable {
  domain: string;
  organisation_id: string;
}

export interface UsersTable {
  id: string;
  email: string;
  name: Generated<string>;
  role: Generated<'participant' | 'coordinator' | 'admin'>;
  language: Generated<'nl' | 'en'>;
  organisation_id: string | null;
  organisation_verified: Generated<Flag>;
  job_title: Generated<string>;
  frequency_weeks: Generated<number>;
  mail_reminders: Generated<Flag>;
  mail_summaries: Generated<Flag>;
  house_rules_accepted_at: string | null;
  profile_completed_at: string | null;
  pool_status: Generated<'active' | 'paused' | 'left'>;
  paused_until: string | null;
  /** When they last said they still want to take part; earlier no-shows no longer count. */
  reliability_reset_at: string | null;
  /** 1: may be matched in rounds of networks their organisation is not a member of. */
  open_to_other_networks: Generated<Flag>;
  created_at: string;
  updated_at: string;
}

export interface UserTopicsTable {
  user_id: string;
  topic_slug: string;
  level: 'ervaren' | 'wil-leren';
}

export interface UserAvailabilityTable {
  user_id: string;
  weekday: number;
  start_minute: number;
  end_minute: number;
}

export interface UserAwayPeriodsTable {
  user_id: string;
  from_date: string;
  to_date: string;
}

export interface UserAvoidOrganisationsTable {
  user_id: string;
  organisation_id: string;
}

export interface MailTokensTable {
  token_hash: string;
  purpose: 'login' | 'email-change' | 'resume';
  email: string;
  user_id: string | null;
  language: Generated<'nl' | 'en'>;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface AuthSessionsTable {
  id_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

export interface OutboxTable {
  id: string;
  kind: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  /** JSON object of extra headers. */
  headers: Generated<string>;
  /** JSON array of { filename, contentType, content, method? }. */
  attachments: Generated<string>;
  state: Generated<'pending' | 'sending' | 'sent' | 'failed'>;
  attempts: Generated<number>;
  next_attempt_at: string;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
  /**
   * JSON array of the live secrets (tokens) in the bodies, until delivery: then they are
   * replaced by a placeholder in the bodies and this is null.
   */
  secrets: string | null;
  /**
   * While 'sending': until when the instance that claimed it may take (ISO). After that the
   * claim counts as abandoned (that instance died) and the mail is pending again.
   */
  lease_until: string | null;
  /** While 'sending': the instance that claimed it, as "host pid start" (see outbox-worker). */
  claimed_by: string | null;
}

/** The first answer to a create request with an Idempotency-Key, per user and key. */
export interface RequestKeysTable {
  user_id: string;
  key: string;
  /** sha256 of method, URL and body: the same key with another request is refused. */
  fingerprint: string;
  /** Null while the first request runs. */
  status_code: number | null;
  body: string | null;
  created_at: string;
}

export type SessionState =
  'proposed' | 'invited' | 'confirmed' | 'live' | 'held' | 'moved' | 'cancelled';
export type CancelReason = 'no-quorum' | 'too-few-after-declines' | 'by-coordinator';
export type ParticipantRole = 'case-owner' | 'facilitator' | 'member';
export type ParticipantReply = 'needs-action' | 'accepted' | 'declined' | 'tentative';

export interface MatchRoundsTable {
  id: string;
  period_start: string;
  period_end: string;
  state: Generated<'proposed' | 'committed'>;
  /** JSON of the settings the round was proposed with. */
  settings: Generated<string>;
  /** JSON of the matcher's result: groups, explanations, who is left out and why. */
  proposal: Generated<string>;
  proposed_by: string | null;
  created_at: string;
  committed_at: string | null;
  /** The network the round is planned for (null only for rounds from before networks). */
  network_id: string | null;
  /** 1: members of other networks who opted in were in the pool too. */
  open_to_other_networks: Generated<Flag>;
  /** The matcher's input (compact JSON), for checking adjustments; null once committed. */
  match_input: Generated<string | null>;
  /** Counts the adjustments of the proposal (optimistic concurrency). */
  version: Generated<number>;
}

export interface SparringSessionsTable {
  id: string;
  round_id: string | null;
  topic_slug: string;
  case_id: string | null;
  state: Generated<SessionState>;
  cancel_reason: CancelReason | null;
  starts_at: string;
  ends_at: string;
  /** Random and unguessable: it names the video room. */
  room_name: string;
  /** The calendar SEQUENCE: raised on every change of time or cancellation. */
  sequence: Generated<number>;
  explanation_nl: Generated<string>;
  explanation_en: Generated<string>;
  created_at: string;
  updated_at: string;
  /** The network whose coordinators run this session (of its round, or chosen for Spar nu). */
  network_id: string | null;
}

export interface SessionParticipantsTable {
  session_id: string;
  user_id: string;
  role: Generated<ParticipantRole>;
  reply: Generated<ParticipantReply>;
  reply_reason: string | null;
  replied_at: string | null;
  added_at: string;
  /** Set when someone is taken out of a session (they get a cancellation). */
  removed_at: string | null;
  /** Free text a person gave with a decline: when would suit them better. */
  better_moment: Generated<string | null>;
}

/** Who has met whom, one row per pair with user_a < user_b. */
export interface PairHistoryTable {
  user_a: string;
  user_b: string;
  meet_count: Generated<number>;
  last_met_at: string;
}

export type CaseState = 'draft' | 'ready' | 'used' | 'archived';

export interface CasesTable {
  id: string;
  /** Null once the owner deleted their account and the case lives on in a session. */
  owner_id: string | null;
  title: string;
  topic_slug: string;
  situation: string;
  question: string;
  size_class: string | null;
  state: Generated<CaseState>;
  /** JSON array of { kind, text }: warnings the writer confirmed as fictional. */
  confirmed_warnings: Generated<string>;
  created_at: string;
  updated_at: string;
  ready_at: string | null;
}

export type JobKind = 'reminder-24h' | 'reminder-15m' | 'quorum' | 'marker';

/** Durable work for a later moment; `key` makes each job unique for ever (no reminder twice). */
export interface ScheduledJobsTable {
  id: string;
  kind: JobKind;
  key: string;
  session_id: string | null;
  user_id: string | null;
  run_at: string;
  state: Generated<'pending' | 'done' | 'cancelled' | 'failed'>;
  attempts: Generated<number>;
  last_error: string | null;
  created_at: string;
  finished_at: string | null;
}

/** A published calendar (ICS URL) a person linked; its busy times leave their availability. */
export interface LinkedCalendarsTable {
  user_id: string;
  url: string;
  created_at: string;
  fetched_at: string | null;
  /** A code such as 'unreachable' or 'not-a-calendar' while the last fetch failed. */
  last_error: string | null;
  last_error_at: string | null;
}

/** Busy time from a linked calendar, UTC ISO instants, end exclusive. */
export interface UserBusyTimesTable {
  user_id: string;
  starts_at: string;
  ends_at: string;
}

/** A personal calendar feed; its secret is derived from the server secret and `version`. */
export interface CalendarFeedsTable {
  user_id: string;
  version: Generated<number>;
  renewed_at: string;
}

export interface TimeProposalsTable {
  id: string;
  session_id: string;
  proposed_by: string | null;
  starts_at: string;
  ends_at: string;
  state: Generated<'open' | 'accepted' | 'rejected' | 'superseded'>;
  created_at: string;
}

export interface TimeProposalVotesTable {
  proposal_id: string;
  user_id: string;
  accepted: Flag;
  voted_at: string;
}

/** A session's summary, written by its participants after the session. */
export interface SummariesTable {
  session_id: string;
  question: Generated<string>;
  insights: Generated<string>;
  /** JSON array of { municipality, approach, tools, whatWorks }. */
  exchange_rows: Generated<string>;
  advice: Generated<string>;
  takeaways: Generated<string>;
  follow_ups: Generated<string>;
  /** JSON array of { kind, text }: guard warnings confirmed as fictional. */
  confirmed_warnings: Generated<string>;
  version: Generated<number>;
  updated_by: string | null;
  created_at: string;
  updated_at: string;
  finalised_at: string | null;
}

export type Attribution = 'name-and-municipality' | 'size-class-and-region' | 'hidden';

/** One participant's consent to publish a summary; user_id null once their account is gone. */
export interface SummaryConsentsTable {
  session_id: string;
  user_id: string | null;
  attribution: Attribution;
  agreed: Flag;
  decided_at: string;
}

/** A participant who took part was asked to agree to the summary (mail and in-app notice). */
export interface ConsentRequestsTable {
  session_id: string;
  user_id: string;
  requested_at: string;
  reminded_at: string | null;
  /** Set when the question closed unanswered: the summary stays private. */
  closed_at: string | null;
}

export interface SessionRatingsTable {
  session_id: string;
  user_id: string;
  rating: number;
  rated_at: string;
}

/** Whether a participant would like to spar again with another participant of the session. */
export interface SparAgainAnswersTable {
  session_id: string;
  user_id: string;
  other_user_id: string;
  wants: Flag;
}

/** A published summary in the library; its search index follows it (FTS5 / tsvector). */
export interface LibraryEntriesTable {
  id: Generated<number>;
  session_id: string;
  topic_slug: string;
  held_on: string;
  published_at: string;
  title: string;
  search_text: string;
  /** Filter values as single words, indexed with the text (see domain/search). */
  search_facets: Generated<string>;
  /** '|klein|groot|': size classes of the participants who are shown. */
  size_classes: Generated<string>;
  /** '|Utrecht|Groningen|': labour-market regions of the participants who are shown. */
  regions: Generated<string>;
  useful_count: Generated<number>;
}

export interface LibraryUsefulMarksTable {
  entry_id: number;
  user_id: string;
  marked_at: string;
}

/** One connection of a participant to a session's video room, from LiveKit's webhooks. */
export interface AttendanceTable {
  id: string;
  session_id: string;
  user_id: string;
  /** LiveKit's participant sid: one per connection, so a retried webhook adds nothing. */
  participant_sid: string;
  joined_at: string;
  left_at: string | null;
}

export type SessionReportKind = 'behaviour' | 'real-case' | 'other';

/** A problem a participant reported about a session; mailed to the coordinators. */
export interface SessionReportsTable {
  id: string;
  session_id: string;
  /** Null once the reporter deleted their account. */
  reporter_id: string | null;
  kind: SessionReportKind;
  details: string;
  created_at: string;
}

/** A session's shared notes: the compacted Yjs state, and whether the notes are locked. */
export interface NotesDocumentsTable {
  session_id: string;
  /** Yjs update (format V2) of everything compacted so far. */
  snapshot: Uint8Array | null;
  snapshot_version: Generated<number>;
  created_at: string;
  updated_at: string;
  /** Set (by the summary feature) when the summary is final: the notes become read-only. */
  locked_at: string | null;
}

/** One Yjs update (format V1) as it arrived, stored before the server acknowledged it. */
export interface NotesUpdatesTable {
  id: Generated<number>;
  session_id: string;
  data: Uint8Array;
  created_at: string;
}

/** A participant who neither came nor declined (see features/reliability). */
export interface NoShowsTable {
  session_id: string;
  user_id: string;
  recorded_at: string;
}

/** A network of organisations with its own coordinators, topics and rounds. */
export interface NetworksTable {
  id: string;
  name: string;
  /** 1: every organisation of the installation is a member (the default network). */
  covers_all: Generated<Flag>;
  created_at: string;
}

export interface NetworkOrganisationsTable {
  network_id: string;
  organisation_id: string;
  added_at: string;
}

/** A mail domain a network accepts for one of its member organisations. */
export interface NetworkDomainsTable {
  network_id: string;
  organisation_id: string;
  domain: string;
}

/** A topic in a network's selection; retired and merged topics stay, so nothing that uses them breaks. */
export interface NetworkTopicsTable {
  network_id: string;
  topic_slug: string;
  label_nl: string | null;
  label_en: string | null;
  retired_at: string | null;
  /** Set when merged: the network's people and cases on this topic count as on that one. */
  merged_into: string | null;
}

export interface NetworkCoordinatorsTable {
  network_id: string;
  user_id: string;
  appointed_at: string;
}

/** A colleague invited by mail to join through a member organisation of a network. */
export interface NetworkInvitationsTable {
  id: string;
  network_id: string;
  email: string;
  organisation_id: string;
  invited_by: string | null;
  created_at: string;
  /** Ended by a coordinator: the link still signs in, but no longer fills in the organisation. */
  ended_at: string | null;
  /** Set when the invited person completed their profile. */
  accepted_at: string | null;
}

/** One look a coordinator or admin took at a person's record; the person reads these. */
export interface AuditLogTable {
  id: string;
  actor_id: string | null;
  actor_name: string;
  actor_role: 'coordinator' | 'admin';
  subject_id: string;
  /** What the look was for, a code (see domain/audit). */
  purpose: string;
  network_id: string | null;
  resource_id: string | null;
  created_at: string;
}

/** The one database interface; later features add their tables here. */
export interface Database {
  networks: NetworksTable;
  network_organisations: NetworkOrganisationsTable;
  network_domains: NetworkDomainsTable;
  network_topics: NetworkTopicsTable;
  network_coordinators: NetworkCoordinatorsTable;
  network_invitations: NetworkInvitationsTable;
  audit_log: AuditLogTable;
  no_shows: NoShowsTable;
  municipalities: MunicipalitiesTable;
  topics: TopicsTable;
  organisations: OrganisationsTable;
  organisation_domains: OrganisationDomainsTable;
  users: UsersTable;
  user_topics: UserTopicsTable;
  user_availability: UserAvailabilityTable;
  user_away_periods: UserAwayPeriodsTable;
  user_avoid_organisations: UserAvoidOrganisationsTable;
  mail_tokens: MailTokensTable;
  auth_sessions: AuthSessionsTable;
  outbox: OutboxTable;
  request_keys: RequestKeysTable;
  match_rounds: MatchRoundsTable;
  sparring_sessions: SparringSessionsTable;
  session_participants: SessionParticipantsTable;
  pair_history: PairHistoryTable;
  cases: CasesTable;
  scheduled_jobs: ScheduledJobsTable;
  linked_calendars: LinkedCalendarsTable;
  user_busy_times: UserBusyTimesTable;
  calendar_feeds: CalendarFeedsTable;
  time_proposals: TimeProposalsTable;
  time_proposal_votes: TimeProposalVotesTable;
  summaries: SummariesTable;
  summary_consents: SummaryConsentsTable;
  consent_requests: ConsentRequestsTable;
  session_ratings: SessionRatingsTable;
  spar_again_answers: SparAgainAnswersTable;
  library_entries: LibraryEntriesTable;
  library_useful_marks: LibraryUsefulMarksTable;
  attendance: AttendanceTable;
  session_reports: SessionReportsTable;
  notes_documents: NotesDocumentsTable;
  notes_updates: NotesUpdatesTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type OutboxRow = Selectable<OutboxTable>;
export type NewOutboxMail = Insertable<OutboxTable>;
export type SparringSessionRow = Selectable<SparringSessionsTable>;
export type SessionParticipantRow = Selectable<SessionParticipantsTable>;
export type CaseRow = Selectable<CasesTable>;
