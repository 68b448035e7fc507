/** How a step of the connection check ended (livekit-client's CheckStatus, by name). */
export type StepOutcome = 'success' | 'failed' | 'skipped';

/**
 * What the connection check tells the person:
 * - ok: media flows directly;
 * - relay: only through the TURN relay (works, maybe with lower quality);
 * - signal-blocked: the video server cannot be reached at all;
 * - media-blocked: the server answers, but audio and video cannot get through.
 */
export type ConnectionVerdict = 'ok' | 'relay' | 'signal-blocked' | 'media-blocked';

/** The verdict from the websocket, WebRTC and TURN steps (TURN is skipped without a relay). */
export function connectionVerdict(steps: {
  websocket: StepOutcome;
  webrtc: StepOutcome;
  turn: StepOutcome;
}): ConnectionVerdict {
  if (steps.websocket !== 'success') return 'signal-blocked';
  if (steps.webrtc === 'success') return 'ok';
  return steps.turn === 'success' ? 'relay' : 'media-blocked';
}
