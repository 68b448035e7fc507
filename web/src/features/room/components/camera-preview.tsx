import { createLocalVideoTrack, type LocalVideoTrack } from 'livekit-client';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';

/** A live preview of the chosen camera; the camera is released when it is switched off. */
export function CameraPreview({ enabled, deviceId }: { enabled: boolean; deviceId: string }) {
  const { t } = useTranslation();
  const videoRef = useRef<HTMLVideoElement>(null);
  const [failedFor, setFailedFor] = useState<string>();

  useEffect(() => {
    if (!enabled) return;
    let track: LocalVideoTrack | undefined;
    let active = true;
    createLocalVideoTrack({
      ...(deviceId ? { deviceId } : {}),
      resolution: { width: 640, height: 360 },
    }).then(
      (created) => {
        if (!active) return created.stop();
        track = created;
        setFailedFor(undefined);
        if (videoRef.current) created.attach(videoRef.current);
      },
      () => active && setFailedFor(deviceId),
    );
    return () => {
      active = false;
      track?.detach();
      track?.stop();
    };
  }, [enabled, deviceId]);

  if (!enabled) {
    return (
      <div className="ods-camera-preview ods-camera-preview--off">
        <Paragraph>{t('room.prejoin.cameraOff')}</Paragraph>
      </div>
    );
  }
  return (
    <div className="ods-camera-preview">
      <video ref={videoRef} muted playsInline aria-label={t('room.prejoin.preview')} />
      {failedFor === deviceId ? (
        <Paragraph role="alert">{t('room.prejoin.cameraError')}</Paragraph>
      ) : null}
    </div>
  );
}
