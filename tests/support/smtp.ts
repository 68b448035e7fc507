import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface RunningSmtp {
  url: string;
  /** The Message-ID of every mail received, in order (repeats included). */
  received: string[];
  close(): Promise<void>;
}

/** A real SMTP server in the test process, on a free loopback port. */
export async function startSmtp(): Promise<RunningSmtp> {
  const received: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      stream.on('end', () => {
        received.push(/^Message-ID:\s*(\S+)/im.exec(raw)?.[1] ?? '');
        callback();
      });
    },
  });
  // A client that dies mid-conversation (kill -9 of the app) resets its connection; that is
  // the client's problem, not a reason to end the test process.
  server.on('error', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
