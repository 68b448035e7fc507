/**
 * Flags for the Node process that runs the server (scripts/start-app.mjs, the server package's
 * start script and pnpm bench:api use them; a container sets them in NODE_OPTIONS).
 *
 * --max-semi-space-size=4: V8 sizes the young generation from the machine's memory, and on a
 * server under load it grew to 128 MiB of the process's 330 MiB. With 8 MiB semispaces the
 * resident memory under load stayed near 250 MiB; with 4 MiB it is another 15–35 MiB lower at
 * idle and after load (both the main thread and the worker threads have a young generation),
 * with no measurable extra CPU per request on /health or the reads (docs/BENCHMARKS.md, "API
 * under load"). --optimize-for-size saved a further 30 MiB but cost four times the CPU.
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=4'];
