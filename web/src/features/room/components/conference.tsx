import '@livekit/components-styles';
import '../room.css';
import { RoomAudioRenderer, RoomContext } from '@livekit/components-react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { RoomToken } from '@ods/shared/api/room';
import { Button } from '../../../lib/ui/button.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { useRoomConnection } from '../hooks/use-room-connection.ts';
import type { MediaChoices } from '../model/media-choices.ts';
import { ConferenceStage } from './conference-stage.tsx';
import { ConnectionNotice } from './connection-notice.tsx';
import { RoomControls } from './room-controls.tsx';
import { RoomParticipants } from './room-participants.tsx';

type ConferenceProps = {
  connection: RoomToken;
  choices: MediaChoices;
  onBackToPreJoin: () => void;
};

/** The room itself, as in LiveKit Meet: one Room in context around the stage and small parts. */
export function Conference({ connection, choices, onBackToPreJoin }: ConferenceProps) {
  const { t } = useTranslation();
  const { room, status, retry } = useRoomConnection(connection, choices);

  if (status === 'left') {
    return (
      <>
        <Paragraph role="status">{t('room.conference.left')}</Paragraph>
        <Button appearance="primary" onClick={onBackToPreJoin}>
          {t('room.conference.rejoin')}
        </Button>
      </>
    );
  }
  return (
    <>
      <ConnectionNotice status={status} onRetry={retry} onBack={onBackToPreJoin} />
      {room ? (
        <RoomContext.Provider value={room}>
          <div className="ods-room" data-lk-theme="default">
            <ConferenceStage />
            <RoomControls />
          </div>
          <RoomParticipants />
          <RoomAudioRenderer />
        </RoomContext.Provider>
      ) : null}
    </>
  );
}
