import { describe, expect, it } from 'vitest';
import { connectionVerdict } from './connection-verdict.ts';

describe('the connection check verdict', () => {
  it('says the network blocks media when only the signalling gets through', () => {
    expect(connectionVerdict({ websocket: 'success', webrtc: 'failed', turn: 'skipped' })).toBe(
      'media-blocked',
    );
  });

  it('tells a relayed connection from a blocked one', () => {
    expect(connectionVerdict({ websocket: 'success', webrtc: 'failed', turn: 'success' })).toBe(
      'relay',
    );
  });

  it('says the server is unreachable when the websocket fails, and fine when media flows', () => {
    expect(connectionVerdict({ websocket: 'failed', webrtc: 'skipped', turn: 'skipped' })).toBe(
      'signal-blocked',
    );
    expect(connectionVerdict({ websocket: 'success', webrtc: 'success', turn: 'skipped' })).toBe(
      'ok',
    );
  });
});
