// Asks an HTTP route on this machine once every 10 ms while something runs, and sums up the
// latencies (latency-run.ts, propose-latency.ts).
import { request } from 'node:http';

function ask(port: number, path: string): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path }, (response) => {
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
export async function probe(port: number, path: string, done: Promise<unknown>): Promise<number[]> {
  let finished = false;
  void done.then(() => (finished = true));
  const latencies: number[] = [];
  while (!finished) {
    const due = performance.now() + 10;
    await new Promise((resolve) => setTimeout(resolve, 10));
    const sent = performance.now();
    const took = await ask(port, path);
    latencies.push(sent + took - due);
  }
  return latencies;
}

/** Count, median, 99th percentile and worst, in ms with one decimal. */
export const quantiles = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number): number =>
    Math.round((sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN) * 10) /
    10;
  return { requests: sorted.length, p50: at(0.5), p99: at(0.99), max: at(1) };
};
