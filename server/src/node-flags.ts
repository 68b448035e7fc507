/**
 * Flags for the Node process that runs the server (scripts/start-app.mjs, the server package's
 * start script and pnpm bench:api use them; a container sets them in NODE_OPTIONS).
 *
 * --max-semi-space-size=8: V8 sizes the young generation from the machine's memory, and on a
 * server under load it grew to 128 MiB of the process's 330 MiB; with 8 MiB semispaces the
 * resident memory under load stays near 250 MiB without measurable extra CPU per request
 * (docs/BENCHMARKS.md, "API under load").
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=8'];
