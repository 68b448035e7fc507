import { monitorEventLoopDelay } from 'node:perf_hooks';

/** The server's event-loop delay over one phase, in ms. */
export interface LoopDelay {
  p50: number;
  p99: number;
  max: number;
}

/**
 * In a bench server: measures how late the event loop runs, and answers the bench over the IPC
 * channel ('reset' at the start of a phase, 'report' at its end). It is the server's own share
 * of the latency, apart from the clients' that share the machine.
 */
export function answerLoopDelay(): void {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  process.on('message', (message) => {
    if (message === 'reset') histogram.reset();
    if (message === 'report') {
      const ms = (ns: number) => ns / 1e6;
      process.send?.({
        p50: ms(histogram.percentile(50)),
        p99: ms(histogram.percentile(99)),
        max: ms(histogram.max),
      } satisfies LoopDelay);
    }
  });
  // The channel must not keep a server alive that was asked to stop.
  process.channel?.unref();
}
