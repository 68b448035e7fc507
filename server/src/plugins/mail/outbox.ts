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
      next_attempt_at: now.toISOString(),
      created_at: now.toISOString(),
    })
    .execute();
  return id;
}
