import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { SessionParticipant } from '@ods/shared/api/sessions';
import { SIZE_CLASS_LABELS } from '@ods/shared/municipality';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { useCurrentUser } from '../../../lib/queries/session.ts';

/** Who takes part: name, role, and their municipality with its size class and region. */
export function SessionMembers({ participants }: { participants: readonly SessionParticipant[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const viewerId = useCurrentUser()?.id;
  return (
    <ul className="utrecht-unordered-list">
      {participants.map((p) => (
        <li key={p.userId} className="utrecht-unordered-list__item">
          {t('room.header.participant', {
            name: p.userId === viewerId ? t('room.header.you', { name: p.name }) : p.name,
            role: t(`room.role.${p.role}`),
            municipality: p.municipalityName,
            sizeClass: SIZE_CLASS_LABELS[p.sizeClass][language],
            region: p.region,
          })}
        </li>
      ))}
    </ul>
  );
}
