import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { LIMITS, TOPIC_LEVELS, type Language, type TopicLevel } from '@ods/shared/api/limits';
import type { TopicChoice } from '@ods/shared/api/profile';
import type { Topic } from '@ods/shared/api/reference';
import { CheckboxField } from '../../../lib/ui/checkbox-field.tsx';
import { Fieldset } from '../../../lib/ui/fieldset.tsx';
import { RadioGroup } from '../../../lib/ui/radio-group.tsx';

type TopicPickerProps = {
  id: string;
  topics: readonly Topic[];
  language: Language;
  value: readonly TopicChoice[];
  onChange: (choices: TopicChoice[]) => void;
  error?: string | undefined;
};

/** Groups topics by theme, keeping the order of the taxonomy. */
function byTheme(topics: readonly Topic[], language: Language): Array<[string, Topic[]]> {
  const groups = new Map<string, Topic[]>();
  for (const topic of topics) {
    const theme = topic.theme[language];
    groups.set(theme, [...(groups.get(theme) ?? []), topic]);
  }
  return [...groups.entries()];
}

/** Up to five expertise topics, grouped by theme, each marked "ervaren" or "wil leren". */
export function TopicPicker({ id, topics, language, value, onChange, error }: TopicPickerProps) {
  const { t } = useTranslation();
  const full = value.length >= LIMITS.topicsMax;
  const levelOf = (slug: string) => value.find((choice) => choice.slug === slug)?.level;
  const toggle = (slug: string, checked: boolean) =>
    onChange(
      checked
        ? [...value, { slug, level: 'ervaren' }]
        : value.filter((choice) => choice.slug !== slug),
    );
  const setLevel = (slug: string, level: TopicLevel) =>
    onChange(value.map((choice) => (choice.slug === slug ? { ...choice, level } : choice)));

  return (
    <Fieldset
      id={id}
      legend={t('profile.topics.legend')}
      description={t('profile.topics.description', { max: LIMITS.topicsMax })}
      error={error}
    >
      <p className="utrecht-paragraph ods-topic-counter" aria-live="polite">
        {t('profile.topics.counter', { count: value.length, max: LIMITS.topicsMax })}
        {full ? ` ${t('profile.topics.full')}` : ''}
      </p>
      <div className="ods-topic-themes">
        {byTheme(topics, language).map(([theme, themeTopics]) => (
          <Fieldset
            key={theme}
            id={`${id}-${themeTopics[0]?.slug ?? theme}-theme`}
            legend={theme}
            className="ods-topic-theme"
          >
            {themeTopics.map((topic) => {
              const level = levelOf(topic.slug);
              return (
                <div key={topic.slug} className="ods-topic">
                  <CheckboxField
                    id={`${id}-${topic.slug}`}
                    label={topic.name[language]}
                    checked={level !== undefined}
                    disabled={full && level === undefined}
                    onChange={(checked) => toggle(topic.slug, checked)}
                  />
                  {level ? (
                    <RadioGroup
                      id={`${id}-${topic.slug}-level`}
                      legend={t('profile.topics.levelLegend', { topic: topic.name[language] })}
                      legendHidden
                      options={TOPIC_LEVELS.map((option) => ({
                        value: option,
                        label: t(`profile.topics.levels.${option}`),
                      }))}
                      value={level}
                      onChange={(next) => setLevel(topic.slug, next)}
                    />
                  ) : null}
                </div>
              );
            })}
          </Fieldset>
        ))}
      </div>
    </Fieldset>
  );
}
