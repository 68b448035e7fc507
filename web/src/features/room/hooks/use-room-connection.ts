import { DisconnectReason, Room, RoomEvent } from 'livekit-client';
import { useCallback, useEffect, useState } from 'react';
import type { RoomToken } from '@ods/shared/api/room';
import type { MediaChoices } from '../model/media-choices.ts';

export type ConnectionStatus =
  'connecting' | 'connected' | 'reconnecting' | 'reconnected' | 'dropped' | 'failed' | 'left';

interface ConnectionState {
  room: Room | undefined;
  status: ConnectionStatus;
}

/**
 * The LiveKit room of this visit: created in an effect and disconnected in its cleanup (never
 * in render or useMemo, where StrictMode would orphan a connection). Short network drops are
 * healed by livekit-client itself (reconnecting → reconnected); when it gives up, the room is
 * 'dropped' and `retry` connects a fresh Room.
 */
export function useRoomConnection(connection: RoomToken, choices: MediaChoices) {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<ConnectionState>({ room: undefined, status: 'connecting' });
  const { url, token } = connection;
  const { videoEnabled, audioEnabled, videoDeviceId, audioDeviceId } = choices;

  useEffect(() => {
    const room = new Room({
      adaptiveStream: true,
      dynacast: true,
      videoCaptureDefaults: videoDeviceId ? { deviceId: videoDeviceId } : {},
      audioCaptureDefaults: audioDeviceId ? { deviceId: audioDeviceId } : {},
    });
    let active = true;
    const update = (status: ConnectionStatus) => active && setState({ room, status });
    room
      .on(RoomEvent.Reconnecting, () => update('reconnecting'))
      .on(RoomEvent.Reconnected, () => update('reconnected'))
      .on(RoomEvent.Disconnected, (reason) =>
        update(reason === DisconnectReason.CLIENT_INITIATED ? 'left' : 'dropped'),
      );
    room.connect(url, token).then(
      async () => {
        update('connected');
        // A camera in use elsewhere must not keep someone out of the conversation.
        await room.localParticipant.setMicrophoneEnabled(audioEnabled).catch(() => undefined);
        await room.localParticipant.setCameraEnabled(videoEnabled).catch(() => undefined);
      },
      () => active && setState({ room: undefined, status: 'failed' }),
    );
    return () => {
      active = false;
      void room.disconnect();
    };
  }, [url, token, videoEnabled, audioEnabled, videoDeviceId, audioDeviceId, attempt]);

  const retry = useCallback(() => {
    setState({ room: undefined, status: 'connecting' });
    setAttempt((n) => n + 1);
  }, []);
  return { ...state, retry };
}
