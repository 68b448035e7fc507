import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { RoundLeftOut } from '@ods/shared/api/rounds';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';

/** Everyone the round could not place, each with the reason in plain words. */
export function LeftOutList({ people }: { people: readonly RoundLeftOut[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (people.length === 0) return <Paragraph>{t('rounds.leftOut.none')}</Paragraph>;
  return (
    <ul className="utrecht-unordered-list">
      {people.map((person, index) => (
        // An erased person has no id any more, so the position completes the key.
        <li key={`${person.userId}-${index}`} className="utrecht-unordered-list__item">
          <strong>
            {t('rounds.leftOut.person', {
              name: person.name,
              municipality: person.municipalityName,
            })}
          </strong>{' '}
          {person.explanation[language]}
        </li>
      ))}
    </ul>
  );
}
