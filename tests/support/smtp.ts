import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string;
  messageId: string;
  subject: string;
  text: string;
  /** The text/calendar parts (invitations). */
  calendars: string[];
}

export interface RunningSmtp {
  url: string;
  /** Every mail received, in order (repeats included), as the recipient reads it. */
  mails: ReceivedMail[];
  close(): Promise<void>;
}

/** A real SMTP server in the test process, on a free loopback port. */
export async function startSmtp(): Promise<RunningSmtp> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          mails.push({
            to: [mail.to ?? []].flat()[0]?.value[0]?.address ?? '',
            messageId: mail.messageId ?? '',
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            calendars: mail.attachments
              .filter((a) => a.contentType.startsWith('text/calendar'))
              .map((a) => a.content.toString('utf8')),
          });
          callback();
        })
        .catch(callback);
    },
  });
  // A client that dies mid-conversation (kill -9 of the app) resets its connection; that is
  // the client's problem, not a reason to end the test process.
  server.on('error', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    mails,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
