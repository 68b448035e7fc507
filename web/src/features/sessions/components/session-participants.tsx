import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { SessionParticipant } from '@ods/shared/api/sessions';
import { SIZE_CLASS_LABELS } from '@ods/shared/municipality';
import { useLanguage } from '../../../lib/i18n/use-language.ts';

/** Who else comes: name, role, and their municipality with its size and region. */
export function SessionParticipants({
  participants,
  viewerId,
}: {
  participants: readonly SessionParticipant[];
  viewerId: string | undefined;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <ul className="utrecht-unordered-list">
      {participants.map((p) => (
        <li key={p.userId} className="utrecht-unordered-list__item">
          {t('sessions.participant', {
            name: p.userId === viewerId ? t('sessions.you', { name: p.name }) : p.name,
            role: t(`sessions.role.${p.role}`),
            municipality: p.municipalityName,
            sizeClass: SIZE_CLASS_LABELS[p.sizeClass][language],
            region: p.region,
          })}
          {' · '}
          {t(`sessions.reply.${p.reply}`)}
        </li>
      ))}
    </ul>
  );
}
