import { Writable } from 'node:stream';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WEBSOCKET_MESSAGE_TOO_BIG } from '@ods/shared';
import { websocketPlugin } from './websocket.ts';

interface LogLine {
  level: number;
  msg: string;
  err?: unknown;
}

describe('websockets refusing what a client should not send', () => {
  let app: FastifyInstance;
  let url: string;
  const lines: LogLine[] = [];

  beforeAll(async () => {
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean))
          lines.push(JSON.parse(line) as LogLine);
        done();
      },
    });
    app = Fastify({ logger: { level: 'info', stream } });
    await app.register(websocketPlugin);
    app.get('/echo', { websocket: true }, (socket) => {
      socket.on('message', (data: Buffer) => socket.send(data));
    });
    url = (await app.listen({ port: 0, host: '127.0.0.1' })).replace(/^http/, 'ws') + '/echo';
  });
  afterAll(async () => {
    await app?.close();
  });

  const sendTooMuch = async () => {
    const socket = new WebSocket(url);
    socket.on('error', () => {});
    await new Promise((resolve) => socket.once('open', resolve));
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );
    socket.send(Buffer.alloc(2 * 1024 * 1024, 7));
    return closed;
  };

  it('closes on a 2 MB frame with 1009 and a reason, logged at info without a stack', async () => {
    expect(await sendTooMuch()).toEqual({
      code: WEBSOCKET_MESSAGE_TOO_BIG,
      reason: 'messageTooLarge',
    });
    const refused = lines.filter((line) => line.msg === 'websocket frame refused');
    expect(refused).toHaveLength(1);
    expect(refused[0]!.level).toBe(30);
    expect(refused[0]!.err).toBeUndefined();
    expect(lines.filter((line) => line.level >= 50)).toEqual([]);
  });

  it('does not let one client fill the log', async () => {
    for (let i = 0; i < 30; i += 1) await sendTooMuch();
    expect(lines.filter((line) => line.msg === 'websocket frame refused').length).toBe(20);
    expect(lines.filter((line) => line.level >= 40)).toEqual([]);
  });

  it('still serves a well-behaved client', async () => {
    const socket = new WebSocket(url);
    await new Promise((resolve) => socket.once('open', resolve));
    const echoed = new Promise<string>((resolve) =>
      socket.once('message', (data: Buffer) => resolve(data.toString())),
    );
    socket.send('hallo');
    expect(await echoed).toBe('hallo');
    socket.close();
  });
});
