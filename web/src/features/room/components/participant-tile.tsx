import {
  FocusToggle,
  isTrackReference,
  ParticipantContext,
  TrackRefContext,
  useEnsureTrackRef,
  useFocusToggle,
  useIsMuted,
  useParticipantTile,
  VideoTrack,
  type TrackReferenceOrPlaceholder,
} from '@livekit/components-react';
import { Track } from 'livekit-client';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { QualityBadge } from './quality-badge.tsx';

/**
 * One tile: the video (or the name when the camera is off), whether the microphone is off,
 * the connection quality in words, and a labelled button to enlarge it.
 */
export function ParticipantTile({ trackRef }: { trackRef?: TrackReferenceOrPlaceholder }) {
  const { t } = useTranslation();
  const ref = useEnsureTrackRef(trackRef);
  const { elementProps } = useParticipantTile<HTMLDivElement>({ trackRef: ref, htmlProps: {} });
  const { inFocus } = useFocusToggle({ trackRef: ref, props: {} });
  const micMuted = useIsMuted({ participant: ref.participant, source: Track.Source.Microphone });
  const name = ref.participant.name || ref.participant.identity;
  const screen = ref.source === Track.Source.ScreenShare;
  const label = screen ? t('room.tile.screenOf', { name }) : name;

  return (
    <div {...elementProps} style={{ position: 'relative' }}>
      <TrackRefContext.Provider value={ref}>
        <ParticipantContext.Provider value={ref.participant}>
          {isTrackReference(ref) ? <VideoTrack trackRef={ref} aria-label={label} /> : null}
          <div className="lk-participant-placeholder" aria-hidden="true">
            <span className="ods-room__initial">{name.slice(0, 1).toUpperCase()}</span>
          </div>
          <div className="lk-participant-metadata">
            <div className="lk-participant-metadata-item">
              <span>{label}</span>
              {micMuted && !screen ? <span> · {t('room.tile.muted')}</span> : null}
            </div>
            <QualityBadge className="lk-participant-metadata-item" />
          </div>
          <FocusToggle
            trackRef={ref}
            aria-label={inFocus ? t('room.tile.unfocus') : t('room.tile.focus', { name: label })}
          />
        </ParticipantContext.Provider>
      </TrackRefContext.Provider>
    </div>
  );
}
