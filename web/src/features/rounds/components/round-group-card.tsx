import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { ReactNode } from 'react';
import type { RoundGroup } from '@ods/shared/api/rounds';
import { SIZE_CLASS_LABELS } from '@ods/shared/municipality';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { Heading } from '../../../lib/ui/heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { formatSessionWindow } from '../../../lib/i18n/format-time.ts';

/** One group of a round: topic and time, the explanation, and the members with their municipality. */
export function RoundGroupCard({
  group,
  number,
  lockToggle,
  adjustFor,
  sessionState,
}: {
  group: RoundGroup;
  number: number;
  /** While the round is adjustable: the lock button and a per-person adjust control. */
  lockToggle?: ReactNode;
  adjustFor?: (member: RoundGroup['members'][number]) => ReactNode;
  /** Once committed: where the group's session stands. */
  sessionState?: ReactNode;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = `round-group-${number}`;
  return (
    <article aria-labelledby={headingId} className="ods-account-section">
      {/* Focusable from script: an adjustment confirmed elsewhere sends the focus here. */}
      <Heading level={3} id={headingId} tabIndex={-1}>
        {t('rounds.group.title', { number, topic: group.topic.name[language] })}
      </Heading>
      {lockToggle}
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
            {adjustFor?.(member)}
          </li>
        ))}
      </ul>
      {sessionState}
    </article>
  );
}
