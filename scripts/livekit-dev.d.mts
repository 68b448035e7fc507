// Types for livekit-dev.mjs (plain JavaScript, so it runs before anything is compiled), for
// the browser tests that import it.
import type { ChildProcess } from 'node:child_process';

export declare const DEV_KEYS: { apiKey: string; apiSecret: string };

export declare function findLiveKitServer(
  env?: Record<string, string | undefined>,
): string | undefined;

export declare function mediaAddress(env?: Record<string, string | undefined>): string;

export declare function freePort(preferred?: number): Promise<number>;

export interface LiveKitDevOptions {
  binary: string;
  webhookUrl?: string;
  port?: number;
  rtcPort?: number;
  nodeIp?: string;
  quiet?: boolean;
}

export interface LiveKitDev {
  url: string;
  apiKey: string;
  apiSecret: string;
  nodeIp: string;
  port: number;
  rtcPort: number;
  process: ChildProcess;
  output(): string;
  /** Stops the server; 'SIGKILL' ends it as in a crash. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export declare function startLiveKitDev(options: LiveKitDevOptions): Promise<LiveKitDev>;
