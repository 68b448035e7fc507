#!/usr/bin/env node
// `npm start`: builds the web app and starts the server. Without LIVEKIT_URL it also starts a
// development LiveKit server (`livekit-server --dev` on loopback) when the binary is on this
// machine, hands its URL and keys to the app, and stops it with the app. Without the binary
// the app runs without video, and the session page says so.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findLiveKitServer, startLiveKitDev } from './livekit-dev.mjs';
import { SERVER_NODE_FLAGS } from '../server/src/node-flags.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function log(message) {
  process.stderr.write(`[start] ${message}\n`);
}

const build = spawnSync('pnpm', ['--filter', '@ods/web', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const env = { ...process.env };
let livekit;
let stopping = false;
const production =
  (env.APP_ENV ?? (env.NODE_ENV === 'production' ? 'production' : '')) === 'production';
if (env.LIVEKIT_URL) {
  log(`video: the LiveKit server at ${env.LIVEKIT_URL}`);
} else if (production) {
  // A --dev server has well-known keys: never beside a production app.
  log('video: off. Set LIVEKIT_URL, LIVEKIT_API_KEY and LIVEKIT_API_SECRET (see docs/livekit.md).');
} else {
  const binary = findLiveKitServer(env);
  if (!binary) {
    log(
      'video: off. No livekit-server on this machine (run scripts/install-livekit.sh, or set ' +
        'LIVEKIT_URL, LIVEKIT_API_KEY and LIVEKIT_API_SECRET); the session page says video is not available.',
    );
  } else {
    try {
      livekit = await startLiveKitDev({
        binary,
        port: 7880,
        rtcPort: 7881,
        webhookUrl: `http://127.0.0.1:${Number(env.PORT ?? 3000)}/api/livekit/webhook`,
        quiet: true,
      });
    } catch (error) {
      log(
        `video: off. livekit-server did not start: ${error instanceof Error ? error.message : error}`,
      );
    }
  }
  if (livekit) {
    Object.assign(env, {
      LIVEKIT_URL: livekit.url,
      LIVEKIT_API_KEY: livekit.apiKey,
      LIVEKIT_API_SECRET: livekit.apiSecret,
    });
    log(
      `video: livekit-server --dev at ${livekit.url}, media on ${livekit.nodeIp}:${livekit.rtcPort}`,
    );
    livekit.process.once('exit', (code, signal) => {
      if (!stopping)
        log(`livekit-server stopped (${signal ?? code}); video is unavailable until a restart`);
    });
  }
}

const app = spawn(process.execPath, [...SERVER_NODE_FLAGS, 'server/src/server.ts'], {
  cwd: root,
  env,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopping = true;
    app.kill(signal);
  });
}
app.once('exit', async (code, signal) => {
  stopping = true;
  await livekit?.stop();
  process.exit(code ?? (signal ? 1 : 0));
});
