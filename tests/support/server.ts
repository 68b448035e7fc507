import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repoRoot = new URL('../../', import.meta.url).pathname;

export interface RunningServer {
  url: string;
  port: number;
  dataDir: string;
  process: ChildProcess;
  output: () => string;
  /** Stops the server; with 'SIGKILL' it dies as in a crash. */
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** Removes its data folder (after stop). */
  cleanup(): void;
}

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Starts the real server (`node server/src/server.ts`) on its own port and data folder, in
 * development mode (so /dev/outbox exists), serving the built web app.
 */
export async function startServer(
  env: Record<string, string> = {},
  reuse?: { dataDir: string; port: number },
): Promise<RunningServer> {
  const port = reuse?.port ?? (await freePort());
  const dataDir = reuse?.dataDir ?? mkdtempSync(join(tmpdir(), 'ods-e2e-'));
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['server/src/server.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      APP_ENV: 'development',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      PUBLIC_URL: url,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      SMTP_URL: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    port,
    dataDir,
    process: child,
    output: () => output,
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      if (child.exitCode === null) child.kill(signal);
      await exited;
    },
    cleanup() {
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

interface OutboxMail {
  to: string;
  subject: string;
  text: string;
  kind: string;
}

/** The newest mail to an address from the development outbox, waiting briefly for it. */
export async function latestMail(
  server: RunningServer,
  to: string,
  kind?: string,
): Promise<OutboxMail> {
  for (let i = 0; i < 50; i += 1) {
    const response = await fetch(`${server.url}/api/dev/outbox?to=${encodeURIComponent(to)}`);
    const mails = (await response.json()) as OutboxMail[];
    const mail = mails.find((m) => !kind || m.kind === kind);
    if (mail) return mail;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no mail to ${to}`);
}

/** The first link in a mail's text that contains the given fragment. */
export function linkIn(mail: OutboxMail, contains: string): string {
  const link = mail.text.match(/https?:\/\/\S+/g)?.find((l) => l.includes(contains));
  if (!link) throw new Error(`no link with ${contains} in mail "${mail.subject}"`);
  return link;
}
