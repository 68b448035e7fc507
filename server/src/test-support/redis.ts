import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export interface TestRedis {
  url: string;
  port: number;
  process: ChildProcess;
  /** Connections open right now with this client name. */
  clients(name: string): number;
  stop(): Promise<void>;
}

/** Whether Debian's redis-server is installed; CI must have it, so there a missing one fails. */
export const redisAvailable = !spawnSync('redis-server', ['--version']).error;
if (!redisAvailable && process.env.CI)
  throw new Error('redis-server is missing: CI must install it (apt-get install -y redis-server)');

/** A throw-away redis-server on a free loopback port, without persistence. */
export async function startRedis(): Promise<TestRedis> {
  const port = await freePort();
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const cli = (...args: string[]) =>
    spawnSync('redis-cli', ['-p', String(port), ...args], { encoding: 'utf8' }).stdout?.trim();
  for (let i = 0; i < 100; i += 1) {
    if (cli('ping') === 'PONG')
      return {
        url: `redis://127.0.0.1:${port}`,
        port,
        process: child,
        clients: (name) =>
          (cli('client', 'list') ?? '')
            .split('\n')
            .filter((line) => line.includes(` name=${name} `)).length,
        async stop() {
          if (child.exitCode === null) child.kill();
          await exited;
        },
      };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error('redis-server did not start');
}

async function freePort(): Promise<number> {
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
