import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { Topic } from '@ods/shared/api/reference';
import { SIZE_CLASS_LABELS, SIZE_CLASSES, type SizeClass } from '@ods/shared/municipality';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import type { CaseField } from '../model/case-draft.ts';
import { SelectField, type SelectGroup } from '../../../lib/ui/select-field.tsx';

type CaseMetaFieldsProps = {
  ids: Record<CaseField, string>;
  topics: readonly Topic[];
  topic: string;
  sizeClass: SizeClass | '';
  errors: Record<string, string>;
  onTopic: (slug: string) => void;
  onSizeClass: (sizeClass: SizeClass | '') => void;
};

function isSizeClass(value: string): value is SizeClass {
  return (SIZE_CLASSES as readonly string[]).includes(value);
}

/** The topic (grouped by theme) and the size of municipality the case plays in. */
export function CaseMetaFields({
  ids,
  topics,
  topic,
  sizeClass,
  errors,
  onTopic,
  onSizeClass,
}: CaseMetaFieldsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const themes = [...new Set(topics.map((item) => item.theme[language]))];
  const topicGroups: SelectGroup[] = themes.map((theme) => ({
    label: theme,
    options: topics
      .filter((item) => item.theme[language] === theme)
      .map((item) => ({ value: item.slug, label: item.name[language] })),
  }));
  const sizeGroups: SelectGroup[] = [
    {
      label: '',
      options: SIZE_CLASSES.map((value) => ({
        value,
        label: SIZE_CLASS_LABELS[value][language],
      })),
    },
  ];
  return (
    <>
      <SelectField
        id={ids.topic}
        label={t('cases.editor.topic.label')}
        description={t('cases.editor.topic.description')}
        placeholder={t('cases.editor.topic.choose')}
        groups={topicGroups}
        value={topic}
        onChange={onTopic}
        error={errors.topic}
        required
      />
      <SelectField
        id={ids.sizeClass}
        label={t('cases.editor.sizeClass.label')}
        description={t('cases.editor.sizeClass.description')}
        placeholder={t('cases.editor.sizeClass.none')}
        groups={sizeGroups}
        value={sizeClass}
        onChange={(value) => onSizeClass(isSizeClass(value) ? value : '')}
        error={errors.sizeClass}
      />
    </>
  );
}
