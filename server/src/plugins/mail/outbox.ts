import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '@ods/db';

export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
  /** For calendar invitations: the iTIP method, so clients show accept/decline. */
  method?: string;
}

export interface OutgoingMail {
  kind: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
  attachments?: MailAttachment[];
  /**
   * Live secrets in the bodies (a sign-in token, reply tokens). They are stored only until
   * the mail is delivered; then the outbox keeps the bodies with a placeholder instead.
   */
  secrets?: string[];
}

/** What a delivered mail's stored body says where its link was. */
export const REDACTED = '[verwijderd na verzending / removed after delivery]';

/** The bodies of a mail with every secret replaced by the placeholder. */
export function redact(
  bodies: { text_body: string; html_body: string | null },
  secrets: readonly string[],
): { text_body: string; html_body: string | null } {
  const blank = (body: string) =>
    secrets.reduce((text, secret) => text.split(secret).join(REDACTED), body);
  return {
    text_body: blank(bodies.text_body),
    html_body: bodies.html_body === null ? null : blank(bodies.html_body),
  };
}

/**
 * Writes a mail to the outbox. Call it with the transaction of the change that causes the
 * mail, so the change and its mail are stored together or not at all.
 */
export async function enqueueMail(
  db: Kysely<Database>,
  mail: OutgoingMail,
  now: Date,
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('outbox')
    .values({
      id,
      kind: mail.kind,
      to_address: mail.to,
      subject: mail.subject,
      text_body: mail.text,
      html_body: mail.html ?? null,
      headers: JSON.stringify(mail.headers ?? {}),
      attachments: JSON.stringify(mail.attachments ?? []),
      secrets: mail.secrets && mail.secrets.length > 0 ? JSON.stringify(mail.secrets) : null,
      lease_until: null,
      claimed_by: null,
      next_attempt_at: now.toISOString(),
      created_at: now.toISOString(),
    })
    .execute();
  return id;
}
