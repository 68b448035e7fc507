import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string;
  messageId: string;
  subject: string;
  text: string;
  html: string;
  /** The message exactly as it came over the wire. */
  raw: string;
  /** The text/calendar parts, decoded. */
  calendars: string[];
}

/**
 * A real SMTP server in the test process; `down` makes it refuse every connection. While
 * `hold` is set, a message that arrives is answered only once that promise settles (a slow
 * mail server); `arriving` counts messages whose data came in, answered or not.
 */
export async function startSmtp() {
  const received: ReceivedMail[] = [];
  const state: { down: boolean; hold: Promise<void> | undefined; arriving: number } = {
    down: false,
    hold: undefined,
    arriving: 0,
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onConnect(_session, callback) {
      callback(
        state.down
          ? Object.assign(new Error('down for maintenance'), { responseCode: 421 })
          : undefined,
      );
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        state.arriving += 1;
        Promise.resolve(state.hold)
          .then(() => simpleParser(raw))
          .then((mail) => {
            received.push({
              to: [mail.to ?? []].flat()[0]?.value[0]?.address ?? '',
              messageId: mail.messageId ?? '',
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              html: typeof mail.html === 'string' ? mail.html : '',
              raw: raw.toString('utf8'),
              calendars: mail.attachments
                .filter((a) => a.contentType.startsWith('text/calendar'))
                .map((a) => a.content.toString('utf8')),
            });
            callback();
          })
          .catch(callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    received,
    state,
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The reply token of a one-click link in the newest invitation received for an address. */
export function receivedReplyToken(
  received: readonly ReceivedMail[],
  to: string,
  action: 'accept' | 'decline',
): string {
  const mail = received.filter((m) => m.to === to && /\/antwoord\//.test(m.text)).at(-1);
  const links = mail?.text.match(/\/antwoord\/([A-Za-z0-9_.-]+)/g) ?? [];
  const link = links[action === 'accept' ? 0 : 1];
  if (!link) throw new Error(`no reply link to ${to}`);
  return link.replace('/antwoord/', '');
}
