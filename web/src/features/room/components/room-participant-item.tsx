import { ParticipantContext, useIsMuted, useIsSpeaking } from '@livekit/components-react';
import { Track, type Participant } from 'livekit-client';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { QualityBadge } from './quality-badge.tsx';

const ROLES = ['case-owner', 'facilitator', 'member'] as const;
type Role = (typeof ROLES)[number];

function roleOf(participant: Participant): Role | undefined {
  const role = participant.attributes.role;
  return ROLES.find((known) => known === role);
}

/** One person in the room: name, role, municipality, and what they are doing now. */
export function RoomParticipantItem({ participant }: { participant: Participant }) {
  const { t } = useTranslation();
  const speaking = useIsSpeaking(participant);
  const micMuted = useIsMuted({ participant, source: Track.Source.Microphone });
  const cameraOff = useIsMuted({ participant, source: Track.Source.Camera });
  // The token's display name is "Name · Municipality"; the list shows the parts separately.
  const name = participant.name?.split(' · ')[0] || participant.identity;
  const role = roleOf(participant);
  const municipality = participant.attributes.municipality;
  const states = [
    speaking ? t('room.participants.speaking') : undefined,
    micMuted ? t('room.participants.muted') : undefined,
    cameraOff ? t('room.participants.cameraOff') : undefined,
  ].filter(Boolean);
  return (
    <li className="utrecht-unordered-list__item" data-speaking={speaking || undefined}>
      <strong>
        {name}
        {participant.isLocal ? ` ${t('room.participants.you')}` : ''}
      </strong>
      {role ? ` · ${t(`room.role.${role}`)}` : ''}
      {municipality ? ` · ${municipality}` : ''}
      {states.length > 0 ? ` (${states.join(', ')})` : ''}{' '}
      <ParticipantContext.Provider value={participant}>
        <QualityBadge />
      </ParticipantContext.Provider>
    </li>
  );
}
