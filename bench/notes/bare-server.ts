// The baseline: a bare Hocuspocus server (its own HTTP/WebSocket server), no persistence and
// no authentication. Prints {"port": n} once it listens.
import { Server } from '@hocuspocus/server';
import { answerLoopDelay } from './loop-delay.ts';

const port = Number(process.argv[2]);
const server = new Server({ port, address: '127.0.0.1', quiet: true });
await server.listen();
answerLoopDelay();
console.log(JSON.stringify({ port: server.address.port }));
