// Bench of the shared notes with a hostile neighbour (pnpm bench:notes:hostile): BENCH_DOCUMENTS
// documents × BENCH_EDITORS editors type at human speed on the real app while, in a session of
// its own, one client floods: 20 000 one-character edits as fast as it can, then 10 000
// presence messages, and comes straight back after each close to try again. Reports the human
// editors' fan-out latency and /health's latency without and with the neighbour, and how the
// neighbour's connections ended. The neighbour runs in a process of its own.
import { spawn, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { LoopDelay } from './loop-delay.ts';
import { connectEditor, disconnectAll, record, typeLikeHumans, type Editor } from './load.ts';
import { freePort } from '../free-port.ts';

const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 20);
const EDITORS = Number(process.env.BENCH_EDITORS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const RETRY_MS = Number(process.env.BENCH_RETRY_MS ?? 0);

function startApp(port: number): Promise<{ child: ChildProcess; sessions: Session[] }> {
  const child = spawn(
    process.execPath,
    [
      new URL('./ods-server.ts', import.meta.url).pathname,
      String(port),
      String(DOCUMENTS + 1),
      String(EDITORS),
    ],
    { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] },
  );
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const line = buffer.split('\n').find((l) => l.startsWith('{'));
      if (line)
        resolve({ child, sessions: (JSON.parse(line) as { sessions: Session[] }).sessions });
    });
    child.once('exit', (code) => reject(new Error(`ods-server exited with ${code}`)));
  });
}

interface Session {
  id: string;
  cookies: string[];
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
};

/** GET /health every 100 ms while `work` runs; the latencies in ms. */
async function healthWhile(base: string, work: Promise<unknown>): Promise<number[]> {
  const latencies: number[] = [];
  let done = false;
  void work.finally(() => (done = true));
  while (!done) {
    const start = performance.now();
    await fetch(`${base}/health`).then((response) => response.arrayBuffer());
    latencies.push(performance.now() - start);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return latencies;
}

/**
 * Floods until `until`: connects, sends edits (or presence) as fast as it can, and as soon as
 * it is closed comes back to try again; counts how its connections ended (by close code).
 */
async function flood(url: string, name: string, cookie: string, until: number) {
  class CookieWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie } });
      this.on('error', () => {});
    }
  }
  const closes: Record<string, number> = {};
  const count = (what: string) => (closes[what] = (closes[what] ?? 0) + 1);
  let round = 0;
  while (performance.now() < until) {
    const socket = new HocuspocusProviderWebsocket({
      url,
      WebSocketPolyfill: CookieWebSocket,
      maxAttempts: 1,
    });
    const doc = new Y.Doc();
    const provider = new HocuspocusProvider({ websocketProvider: socket, name, document: doc });
    provider.attach();
    const closed = new Promise<string>((resolve) =>
      socket.on('close', ({ event }: { event: { code: number } }) => resolve(String(event.code))),
    );
    const synced = new Promise<string>((resolve) => provider.on('synced', () => resolve('synced')));
    const first = await Promise.race([synced, closed]);
    if (first === 'synced') {
      const text = new Y.XmlText();
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [text]);
      doc.getXmlFragment('default').push([paragraph]);
      if (round % 2 === 0)
        for (let i = 0; i < 20_000; i += 1) doc.transact(() => text.insert(text.length, 'x'));
      else
        for (let i = 0; i < 10_000; i += 1)
          provider.awareness!.setLocalStateField('cursor', { anchor: i, head: i });
      round += 1;
      const timeout = new Promise<string>((resolve) => setTimeout(() => resolve('open'), 5000));
      count(`${await Promise.race([closed, timeout])} after flooding`);
    } else {
      count(`${first} at once`);
      // BENCH_RETRY_MS: how long the neighbour waits before it tries again (0: at once).
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    }
    socket.disconnect();
    provider.destroy();
    socket.destroy();
    doc.destroy();
  }
  return { closes, floods: round };
}

/** The flood in a process of its own: in this one, its loops would stall the measuring too. */
function floodElsewhere(url: string, name: string, cookie: string, seconds: number) {
  const child = spawn(
    process.execPath,
    [new URL(import.meta.url).pathname, 'flood', url, name, cookie, String(seconds)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise<unknown>((resolve) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', () => resolve(JSON.parse(output || 'null')));
  });
}

if (process.argv[2] === 'flood') {
  const [, , , url, name, cookie, seconds] = process.argv;
  const result = await flood(url!, name!, cookie!, performance.now() + Number(seconds) * 1000);
  console.log(JSON.stringify(result));
  process.exit(0);
}

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const { child, sessions } = await startApp(port);
const socketUrl = (session: Session) =>
  `ws://127.0.0.1:${port}/api/sessions/${session.id}/notes/socket`;
const editors: Editor[] = [];
for (const session of sessions.slice(0, DOCUMENTS))
  editors.push(
    ...(await Promise.all(
      session.cookies.map((cookie) => connectEditor(socketUrl(session), session.id, cookie)),
    )),
  );
await typeLikeHumans(editors, 3, 3); // warm-up

/** The server's event-loop delay since the last 'reset' (see loop-delay.ts). */
function loopDelay(): Promise<LoopDelay> {
  return new Promise((resolve) => {
    child.once('message', (message) => resolve(message as LoopDelay));
    child.send('report');
  });
}

const measure = async (label: string, neighbour: boolean) => {
  const stop = record();
  child.send('reset');
  const typing = typeLikeHumans(editors, SECONDS, label.length);
  const hostile = sessions[DOCUMENTS]!;
  const flooding = neighbour
    ? floodElsewhere(socketUrl(hostile), hostile.id, hostile.cookies[0]!, SECONDS)
    : Promise.resolve(undefined);
  const health = await healthWhile(base, Promise.all([typing, flooding]));
  await new Promise((resolve) => setTimeout(resolve, 500));
  const latencies = stop();
  return { label, latencies, health, loop: await loopDelay(), flood: await flooding };
};

const quiet = await measure('human editors only', false);
const hostile = await measure('with a hostile neighbour', true);
disconnectAll(editors);
child.kill('SIGTERM');

const ms = (value: number) => `${value.toFixed(1)} ms`;
console.log(
  `Shared notes, hostile neighbour: ${DOCUMENTS} documents × ${EDITORS} editors at human speed for ${SECONDS} s, ${process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite'}, Node ${process.version}`,
);
console.log(
  '| phase | fan-outs | p50 | p99 | max | /health p50 | /health p99 | /health max | server event-loop delay p99 / max |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const phase of [quiet, hostile])
  console.log(
    `| ${phase.label} | ${phase.latencies.length} | ${ms(percentile(phase.latencies, 0.5))} | ${ms(percentile(phase.latencies, 0.99))} | ${ms(Math.max(...phase.latencies))} | ${ms(percentile(phase.health, 0.5))} | ${ms(percentile(phase.health, 0.99))} | ${ms(Math.max(...phase.health))} | ${ms(phase.loop.p99)} / ${ms(phase.loop.max)} |`,
  );
console.log(`neighbour: ${JSON.stringify(hostile.flood)}`);
