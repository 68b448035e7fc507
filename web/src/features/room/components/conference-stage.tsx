import {
  CarouselLayout,
  FocusLayoutContainer,
  GridLayout,
  isTrackReference,
  LayoutContextProvider,
  useCreateLayoutContext,
  usePinnedTracks,
  useTracks,
} from '@livekit/components-react';
import { RoomEvent, Track } from 'livekit-client';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { ParticipantTile } from './participant-tile.tsx';

/**
 * Everyone's camera in a grid (the one speaking is outlined); a shared screen, or a tile
 * someone chose to enlarge, takes the stage with the others in a strip beside it.
 */
export function ConferenceStage() {
  const { t } = useTranslation();
  const layoutContext = useCreateLayoutContext();
  const tracks = useTracks(
    [
      { source: Track.Source.Camera, withPlaceholder: true },
      { source: Track.Source.ScreenShare, withPlaceholder: false },
    ],
    { updateOnlyOn: [RoomEvent.ActiveSpeakersChanged], onlySubscribed: false },
  );
  const sharedScreen = tracks
    .filter(isTrackReference)
    .find((track) => track.publication.source === Track.Source.ScreenShare);
  const focus = usePinnedTracks(layoutContext)[0] ?? sharedScreen;
  const others = focus ? tracks.filter((track) => track !== focus) : tracks;

  return (
    <div className="ods-room__stage" role="group" aria-label={t('room.conference.stage')}>
      <LayoutContextProvider value={layoutContext}>
        {focus ? (
          <FocusLayoutContainer>
            <CarouselLayout tracks={others}>
              <ParticipantTile />
            </CarouselLayout>
            <div className="lk-focus-layout">
              <ParticipantTile trackRef={focus} />
            </div>
          </FocusLayoutContainer>
        ) : (
          <GridLayout tracks={tracks}>
            <ParticipantTile />
          </GridLayout>
        )}
      </LayoutContextProvider>
    </div>
  );
}
