import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { LibraryContributor } from '@ods/shared/api/library';
import { SIZE_CLASS_LABELS } from '@ods/shared/municipality';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { regionPhrase } from '../model/region-phrase.ts';

type ContributorsLineProps = { contributors: readonly LibraryContributor[]; hiddenCount: number };

/** Who made the summary, each as they chose to be shown; the others only counted. */
export function ContributorsLine({ contributors, hiddenCount }: ContributorsLineProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const named = contributors.map((c) =>
    c.shownAs === 'name-and-municipality'
      ? t('library.contributors.named', { name: c.name, municipality: c.municipalityName })
      : t('library.contributors.sized', {
          size: c.sizeClass ? SIZE_CLASS_LABELS[c.sizeClass][language] : '',
          region: regionPhrase(c.region, language),
        }),
  );
  if (hiddenCount > 0) named.push(t('library.contributors.hidden', { count: hiddenCount }));
  return (
    <Paragraph small>
      <strong>{t('library.contributors.label')}</strong> {named.join('; ')}
    </Paragraph>
  );
}
