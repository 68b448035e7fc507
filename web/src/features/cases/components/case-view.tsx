import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { CaseDetails } from '@ods/shared/api/cases';
import { SIZE_CLASS_LABELS } from '@ods/shared/municipality';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { Heading } from '../../../lib/ui/heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';

/** A case as its readers see it: the facts, the situation and the question for the group. */
export function CaseView({ item }: { item: CaseDetails }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rows: Array<[string, string]> = [
    [t('cases.view.topic'), item.topic.name[language]],
    [
      t('cases.view.sizeClass'),
      item.sizeClass ? SIZE_CLASS_LABELS[item.sizeClass][language] : t('cases.view.anySize'),
    ],
    [t('cases.view.state'), t(`cases.state.${item.state}`)],
  ];
  return (
    <>
      <dl className="utrecht-data-list utrecht-data-list--rows">
        {rows.map(([key, value]) => (
          <div key={key} className="utrecht-data-list__item">
            <dt className="utrecht-data-list__item-key">{key}</dt>
            <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <Heading level={2}>{t('cases.view.situation')}</Heading>
      <CaseText text={item.situation} />
      <Heading level={2}>{t('cases.view.question')}</Heading>
      <CaseText text={item.question} />
    </>
  );
}

/** Paragraphs as the writer separated them, by blank lines. */
function CaseText({ text }: { text: string }) {
  const paragraphs = text.split(/\n\s*\n/).filter((part) => part.trim() !== '');
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <Paragraph key={index} className="ods-case-text">
          {paragraph}
        </Paragraph>
      ))}
    </>
  );
}
