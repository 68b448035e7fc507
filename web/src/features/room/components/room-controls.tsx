import { DisconnectButton, StartAudio, TrackToggle } from '@livekit/components-react';
import { Track } from 'livekit-client';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';

/**
 * Microphone, camera, screen sharing and leaving, as buttons with words (their pressed state
 * tells whether each is on). Device choice happens before joining.
 */
export function RoomControls() {
  const { t } = useTranslation();
  // Phones and some browsers cannot share a screen; then the button is left out.
  const canShareScreen = typeof navigator.mediaDevices?.getDisplayMedia === 'function';
  return (
    <div
      className="lk-control-bar ods-room__controls"
      role="group"
      aria-label={t('room.controls.label')}
    >
      <TrackToggle source={Track.Source.Microphone}>{t('room.controls.microphone')}</TrackToggle>
      <TrackToggle source={Track.Source.Camera}>{t('room.controls.camera')}</TrackToggle>
      {canShareScreen ? (
        <TrackToggle
          source={Track.Source.ScreenShare}
          captureOptions={{ audio: true, selfBrowserSurface: 'include' }}
        >
          {t('room.controls.screenShare')}
        </TrackToggle>
      ) : null}
      <DisconnectButton>{t('room.controls.leave')}</DisconnectButton>
      <StartAudio label={t('room.controls.startAudio')} />
    </div>
  );
}
