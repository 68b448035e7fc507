import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { SummaryView } from '@ods/shared/api/summaries';

/**
 * Who agreed to publish (and how each wants to be shown), who has not answered yet, who said
 * no, whose question closed unanswered, and who was not asked (not in the session).
 */
export function ConsentList({ view }: { view: SummaryView }) {
  const { t } = useTranslation();
  return (
    <ul className="utrecht-unordered-list" aria-label={t('summaries.consent.listLabel')}>
      {view.participants.map((person) => (
        <li key={person.userId} className="utrecht-unordered-list__item">
          {t(person.isMe ? 'summaries.consent.personMe' : 'summaries.consent.person', {
            name: person.name,
            municipality: person.municipalityName,
          })}
          :{' '}
          {person.answer === 'agreed' && person.consent
            ? t('summaries.consent.agreedAs', {
                attribution: t(`summaries.attribution.${person.consent.attribution}`),
              })
            : t(`summaries.consent.answer.${person.answer}`)}
        </li>
      ))}
    </ul>
  );
}
