import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { StarterCaseSummary } from '@ods/shared/api/cases';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { Button } from '../../../lib/ui/button.tsx';
import { Heading } from '../../../lib/ui/heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';

type StarterCaseItemProps = {
  starter: StarterCaseSummary;
  copying: boolean;
  onCopy: () => void;
};

/** One example case: its title, topic and question, the situation on request, and a copy button. */
export function StarterCaseItem({ starter, copying, onCopy }: StarterCaseItemProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const titleId = `starter-${starter.slug}-title`;
  return (
    <article aria-labelledby={titleId} className="ods-starter-case">
      <Heading level={4} id={titleId}>
        {starter.title[language]}
      </Heading>
      <Paragraph small>
        {t('cases.starters.topic', { topic: starter.topic.name[language] })}
      </Paragraph>
      <Paragraph>
        <strong>{t('cases.view.question')}:</strong> {starter.question}
      </Paragraph>
      <details className="ods-starter-case__situation">
        <summary>{t('cases.starters.readSituation')}</summary>
        {starter.situation
          .split(/\n\s*\n/)
          .filter((part) => part.trim() !== '')
          .map((paragraph, index) => (
            <Paragraph key={index}>{paragraph}</Paragraph>
          ))}
      </details>
      <Button busy={copying} aria-describedby={titleId} onClick={onCopy}>
        {t('cases.starters.copy')}
      </Button>
    </article>
  );
}
