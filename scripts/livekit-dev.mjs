// A development LiveKit server beside the app: finds the livekit-server binary (never builds it:
// scripts/install-livekit.sh does that), writes a small config, starts `livekit-server --dev`
// with its signalling on loopback and its media on the machine's own network address, and
// waits until it answers. Used by scripts/start-app.mjs and by the browser tests.
import { spawn } from 'node:child_process';
import {
  accessSync,
  constants,
  existsSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { homedir, networkInterfaces, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/** The keys `livekit-server --dev` uses; fine on loopback, never for real users. */
export const DEV_KEYS = { apiKey: 'devkey', apiSecret: 'secret' };

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The livekit-server binary: $LIVEKIT_SERVER_BIN, then `livekit-server` on PATH, then the
 * cache folder scripts/install-livekit.sh builds into. Undefined when there is none.
 */
export function findLiveKitServer(env = process.env) {
  if (env.LIVEKIT_SERVER_BIN && executable(env.LIVEKIT_SERVER_BIN)) return env.LIVEKIT_SERVER_BIN;
  for (const folder of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const candidate = join(folder, 'livekit-server');
    if (executable(candidate)) return candidate;
  }
  const cache =
    env.ODS_CACHE_DIR ?? join(env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'over-de-schutting');
  if (!existsSync(cache)) return undefined;
  // The newest pinned version that was built (folder names are livekit-v<version>).
  const built = readdirSync(cache)
    .filter((name) => /^livekit-v\d/.test(name))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((name) => join(cache, name, 'bin', 'livekit-server'))
    .filter(executable);
  return built.at(-1);
}

/**
 * The address media should be announced on: $NODE_IP, else the first IPv4 address of a real
 * interface. Browsers gather ICE candidates on real interfaces, not on loopback alone.
 */
export function mediaAddress(env = process.env) {
  if (env.NODE_IP) return env.NODE_IP;
  for (const addresses of Object.values(networkInterfaces())) {
    const found = addresses?.find((a) => a.family === 'IPv4' && !a.internal);
    if (found) return found.address;
  }
  return '127.0.0.1';
}

/** A free TCP port on loopback (the preferred one when it is free). */
export async function freePort(preferred = 0) {
  const tryPort = (port) =>
    new Promise((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(undefined));
      server.listen(port, '127.0.0.1', () => {
        const address = server.address();
        server.close(() =>
          resolve(typeof address === 'object' && address ? address.port : undefined),
        );
      });
    });
  return (preferred ? await tryPort(preferred) : undefined) ?? (await tryPort(0));
}

/**
 * Starts `livekit-server --dev` and resolves once it answers. Options: binary (required),
 * webhookUrl (where LiveKit posts room events, signed with the dev key), port and rtcPort
 * (preferred ports; free ones are taken when these are busy), nodeIp, quiet.
 */
export async function startLiveKitDev(options) {
  const port = await freePort(options.port ?? 0);
  // The same number serves ICE over TCP and the UDP mux (separate port spaces).
  const rtcPort = await freePort(options.rtcPort ?? 0);
  const nodeIp = options.nodeIp ?? mediaAddress();
  const folder = mkdtempSync(join(tmpdir(), 'ods-livekit-'));
  const configFile = join(folder, 'livekit.yaml');
  const webhook = options.webhookUrl
    ? `webhook:\n  api_key: ${DEV_KEYS.apiKey}\n  urls:\n    - ${options.webhookUrl}\n`
    : '';
  writeFileSync(
    configFile,
    `port: ${port}\nrtc:\n  tcp_port: ${rtcPort}\n  udp_port: ${rtcPort}\n  use_external_ip: false\n` +
      `keys:\n  ${DEV_KEYS.apiKey}: ${DEV_KEYS.apiSecret}\n${webhook}`,
  );
  const child = spawn(
    options.binary,
    ['--dev', '--bind', '127.0.0.1', '--node-ip', nodeIp, '--config', configFile],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const collect = (chunk) => {
    output = (output + chunk.toString()).slice(-200_000);
    if (!options.quiet) process.stderr.write(chunk);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const url = `ws://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`livekit-server exited at start:\n${output}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`livekit-server did not answer within 30 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    ...DEV_KEYS,
    nodeIp,
    port,
    rtcPort,
    process: child,
    output: () => output,
    /** Stops the server; 'SIGKILL' ends it as in a crash (for reconnect tests). */
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill(signal);
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
