import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { freePort } from './server.ts';

/** Whether Debian's redis-server is installed; CI must have it. */
export const redisAvailable = !spawnSync('redis-server', ['--version']).error;
if (!redisAvailable && process.env.CI)
  throw new Error('redis-server is missing: CI must install it (apt-get install -y redis-server)');

export interface RunningRedis {
  url: string;
  port: number;
  process: ChildProcess;
  /** Stops it; with 'SIGKILL' it dies as in a crash. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** A throw-away redis-server on loopback (a free port, or the given one to start it again). */
export async function startRedis(port?: number): Promise<RunningRedis> {
  const listenOn = port ?? (await freePort());
  const child = spawn(
    'redis-server',
    ['--port', String(listenOn), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let i = 0; i < 100; i += 1) {
    const ping = spawnSync('redis-cli', ['-p', String(listenOn), 'ping'], { encoding: 'utf8' });
    if (ping.stdout?.trim() === 'PONG')
      return {
        url: `redis://127.0.0.1:${listenOn}`,
        port: listenOn,
        process: child,
        async stop(signal: NodeJS.Signals = 'SIGTERM') {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          await exited;
        },
      };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error('redis-server did not start');
}
