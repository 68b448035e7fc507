import { CheckStatus, ConnectionCheck, type CheckInfo } from 'livekit-client';
import {
  connectionVerdict,
  type ConnectionVerdict,
  type StepOutcome,
} from '../model/connection-verdict.ts';
import { requestConnectionCheckToken } from './connection-check-token.ts';

function outcome(info: CheckInfo): StepOutcome {
  if (info.status === CheckStatus.SUCCESS) return 'success';
  return info.status === CheckStatus.SKIPPED ? 'skipped' : 'failed';
}

/**
 * Tests the network against the LiveKit server with livekit-client's ConnectionCheck, in a
 * throw-away room: can we reach the server, can media flow, and if not, through the relay?
 */
export async function runConnectionCheck(sessionId: string): Promise<ConnectionVerdict> {
  const { url, token } = await requestConnectionCheckToken(sessionId);
  const check = new ConnectionCheck(url, token);
  const websocket = outcome(await check.checkWebsocket());
  if (websocket !== 'success')
    return connectionVerdict({ websocket, webrtc: 'skipped', turn: 'skipped' });
  const webrtc = outcome(await check.checkWebRTC());
  const turn = webrtc === 'success' ? 'skipped' : outcome(await check.checkTURN());
  return connectionVerdict({ websocket, webrtc, turn });
}
