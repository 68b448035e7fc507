import { useParticipants } from '@livekit/components-react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { Heading } from '../../../lib/ui/heading.tsx';
import { RoomParticipantItem } from './room-participant-item.tsx';

/** Who is in the room now, with municipality and role, and who is speaking. */
export function RoomParticipants() {
  const { t } = useTranslation();
  const participants = useParticipants();
  return (
    <section aria-labelledby="room-participants-heading" className="ods-room__participants">
      <Heading level={3} id="room-participants-heading">
        {t('room.participants.heading', { count: participants.length })}
      </Heading>
      <ul className="utrecht-unordered-list">
        {participants.map((participant) => (
          <RoomParticipantItem key={participant.identity} participant={participant} />
        ))}
      </ul>
    </section>
  );
}
