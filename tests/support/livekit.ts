import { findLiveKitServer, startLiveKitDev, type LiveKitDev } from '../../scripts/livekit-dev.mjs';

export type { LiveKitDev };

/**
 * The livekit-server binary for browser tests: $LIVEKIT_SERVER_BIN, `livekit-server` on PATH,
 * or the cache that scripts/install-livekit.sh builds into. Without one, tests skip with the
 * reason, except in CI (CI=true), where .ci/run installs it and a missing binary is a failure.
 */
export function liveKitServerBinary(): { path: string } | { skipReason: string } {
  const path = findLiveKitServer(process.env);
  if (path) return { path };
  const reason =
    'no livekit-server on this machine: run scripts/install-livekit.sh (or set LIVEKIT_SERVER_BIN)';
  if (process.env.CI === 'true')
    throw new Error(`CI must run the video-room tests, but there is ${reason}.`);
  return { skipReason: reason };
}

/**
 * A real `livekit-server --dev` for one test file: signalling on loopback, media on this
 * machine's network address (browsers gather no ICE candidates on loopback alone), and its
 * webhooks sent to the app, signed with the same dev key the app is given. Pass the ports of a
 * stopped one to start it again where the browsers expect it.
 */
export function startLiveKit(
  binary: string,
  webhookUrl: string,
  ports: { port?: number; rtcPort?: number } = {},
): Promise<LiveKitDev> {
  return startLiveKitDev({ binary, webhookUrl, quiet: true, ...ports });
}
