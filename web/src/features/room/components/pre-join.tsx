import '../pre-join.css';
import { useState } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { Button } from '../../../lib/ui/button.tsx';
import { CheckboxField } from '../../../lib/ui/checkbox-field.tsx';
import { Heading } from '../../../lib/ui/heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { DEFAULT_CHOICES, type MediaChoices } from '../model/media-choices.ts';
import { CameraPreview } from './camera-preview.tsx';
import { ConnectionCheckPanel } from './connection-check-panel.tsx';
import { DeviceSelect } from './device-select.tsx';

type PreJoinProps = {
  sessionId: string;
  open: boolean;
  /** When the room opens, already worded for people. */
  opensAt: string;
  joining: boolean;
  onJoin: (choices: MediaChoices) => void;
};

/**
 * Before entering: choose camera and microphone with a preview, choose to start with the camera
 * or microphone off, and see whether the network lets audio and video through.
 */
export function PreJoin({ sessionId, open, opensAt, joining, onJoin }: PreJoinProps) {
  const { t } = useTranslation();
  const [choices, setChoices] = useState<MediaChoices>(DEFAULT_CHOICES);
  const choose = (change: Partial<MediaChoices>) => setChoices((c) => ({ ...c, ...change }));
  return (
    <div className="ods-pre-join">
      <Heading level={3}>{t('room.prejoin.heading')}</Heading>
      {open ? null : <Paragraph>{t('room.video.opensAt', { time: opensAt })}</Paragraph>}
      <div className="ods-pre-join__media">
        <CameraPreview enabled={choices.videoEnabled} deviceId={choices.videoDeviceId} />
        <div className="ods-pre-join__devices">
          <DeviceSelect
            kind="videoinput"
            label={t('room.prejoin.camera')}
            value={choices.videoDeviceId}
            onChange={(videoDeviceId) => choose({ videoDeviceId })}
          />
          <CheckboxField
            id="join-camera-off"
            label={t('room.prejoin.joinWithCameraOff')}
            checked={!choices.videoEnabled}
            onChange={(off) => choose({ videoEnabled: !off })}
          />
          <DeviceSelect
            kind="audioinput"
            label={t('room.prejoin.microphone')}
            value={choices.audioDeviceId}
            onChange={(audioDeviceId) => choose({ audioDeviceId })}
          />
          <CheckboxField
            id="join-microphone-off"
            label={t('room.prejoin.joinWithMicOff')}
            checked={!choices.audioEnabled}
            onChange={(off) => choose({ audioEnabled: !off })}
          />
        </div>
      </div>
      <ConnectionCheckPanel sessionId={sessionId} />
      {open ? (
        <Button appearance="primary" busy={joining} onClick={() => onJoin(choices)}>
          {t('room.prejoin.join')}
        </Button>
      ) : null}
    </div>
  );
}
