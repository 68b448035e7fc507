import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { RoundGroup } from '@ods/shared/api/rounds';
import { SIZE_CLASS_LABELS } from '@ods/shared/municipality';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { Heading } from '../../../lib/ui/heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { formatSessionWindow } from '../../../lib/i18n/format-time.ts';

/** One proposed group: topic and time, the explanation, and the members with their municipality. */
export function RoundGroupCard({ group, number }: { group: RoundGroup; number: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = `round-group-${number}`;
  return (
    <article aria-labelledby={headingId} className="ods-account-section">
      <Heading level={3} id={headingId}>
        {t('rounds.group.title', { number, topic: group.topic.name[language] })}
      </Heading>
      <Paragraph>
        <strong>{t('rounds.group.when')}</strong>{' '}
        {formatSessionWindow(group.startsAt, group.endsAt, language)}
      </Paragraph>
      <Paragraph>
        <strong>{t('rounds.group.why')}</strong> {group.explanation[language]}
      </Paragraph>
      <ul className="utrecht-unordered-list">
        {group.members.map((member, index) => (
          <li key={`${member.userId}-${index}`} className="utrecht-unordered-list__item">
            {t('rounds.group.member', {
              name: member.name,
              municipality: member.municipalityName,
              sizeClass: SIZE_CLASS_LABELS[member.sizeClass][language],
              province: member.province,
            })}
            {member.role === 'member' ? null : ` · ${t(`rounds.roles.${member.role}`)}`}
          </li>
        ))}
      </ul>
    </article>
  );
}
