// How an HTTP route in the server's process answers while a round is matched: a tiny HTTP
// server (a /health stand-in) is asked once every 10 ms, first with nothing else running,
// then while matchInWorker matches a synthetic pool in a worker thread (the way round
// proposals run), then while matchRound runs in this thread (the way they ran before).
// Prints one JSON line. Usage: node match/latency-run.ts [size=100000]
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { matchRound } from '@ods/server/core/matcher/match-round';
import { matchInWorker } from '@ods/server/features/rounds/match-in-worker';
import { scenario } from './scenario.ts';

const size = Number(process.argv[2] ?? 100_000);
const input = scenario(size, 1);

const server = createServer((_, response) => {
  response.setHeader('content-type', 'application/json');
  response.end('{"status":"ok"}');
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as AddressInfo;

function ask(): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/health' }, (response) => {
      response.resume();
      response.on('end', () => resolve(performance.now() - started));
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * A request due every 10 ms after the previous answer, until `done`; its latency counts from
 * when it was due, so a blocked event loop (which delays the send in this same process as it
 * would delay the answer to a client elsewhere) is counted.
 */
async function probe(done: Promise<unknown>): Promise<number[]> {
  let finished = false;
  void done.then(() => (finished = true));
  const latencies: number[] = [];
  while (!finished) {
    const due = performance.now() + 10;
    await new Promise((resolve) => setTimeout(resolve, 10));
    const sent = performance.now();
    const took = await ask();
    latencies.push(sent + took - due);
  }
  return latencies;
}

const quantiles = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number): number =>
    Math.round((sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN) * 10) /
    10;
  return { requests: sorted.length, p50: at(0.5), p99: at(0.99), max: at(1) };
};

const idle = quantiles(await probe(new Promise((resolve) => setTimeout(resolve, 2000))));
let workerMs = 0;
const workerStarted = performance.now();
const worker = matchInWorker(input).then(() => (workerMs = performance.now() - workerStarted));
const duringWorker = quantiles(await probe(worker));
// In this thread the probe's requests can only be answered after matchRound returns.
let inThreadMs = 0;
const inThread = new Promise<void>((resolve) =>
  setTimeout(() => {
    const started = performance.now();
    matchRound(input);
    inThreadMs = performance.now() - started;
    resolve();
  }, 50),
);
const duringInThread = quantiles(await probe(inThread));
server.close();
console.log(
  JSON.stringify({
    size,
    idle,
    duringWorker,
    workerMs: Math.round(workerMs),
    duringInThread,
    inThreadMs: Math.round(inThreadMs),
  }),
);
