import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { LibraryQuery } from '@ods/shared/api/library';
import { SIZE_CLASSES, SIZE_CLASS_LABELS, type SizeClass } from '@ods/shared/municipality';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { useTopics } from '../../../lib/queries/topics.ts';
import { Button } from '../../../lib/ui/button.tsx';
import { ButtonGroup } from '../../../lib/ui/button-group.tsx';
import { TextField } from '../../../lib/ui/text-field.tsx';
import { useRegions } from '../api/regions.ts';
import { SelectField } from '../../../lib/ui/select-field.tsx';

type LibrarySearchFormProps = { query: LibraryQuery; onSearch: (query: LibraryQuery) => void };

/** The search box and the filters; a search starts on submit, never while typing. */
export function LibrarySearchForm({ query, onSearch }: LibrarySearchFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const topics = useTopics();
  const regions = useRegions();
  const [form, setForm] = useState({
    q: query.q ?? '',
    topic: query.topic ?? '',
    sizeClass: query.sizeClass ?? '',
    region: query.region ?? '',
    from: query.from ?? '',
    to: query.to ?? '',
  });
  const set = (patch: Partial<typeof form>) => setForm((current) => ({ ...current, ...patch }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch({
      ...form,
      sizeClass: (form.sizeClass || undefined) as SizeClass | undefined,
      page: '1',
    });
  };
  return (
    <form role="search" onSubmit={submit} aria-label={t('library.search.label')}>
      <TextField
        id="library-q"
        label={t('library.search.text')}
        description={t('library.search.textHint')}
        type="text"
        value={form.q}
        maxLength={200}
        onChange={(q) => set({ q })}
      />
      <div className="ods-library-filters">
        <SelectField
          id="library-topic"
          label={t('library.search.topic')}
          placeholder={t('library.search.anyTopic')}
          value={form.topic}
          onChange={(topic) => set({ topic })}
          groups={[
            {
              label: '',
              options: (topics.data ?? []).map((topic) => ({
                value: topic.slug,
                label: topic.name[language],
              })),
            },
          ]}
        />
        <SelectField
          id="library-size"
          label={t('library.search.sizeClass')}
          placeholder={t('library.search.anySize')}
          value={form.sizeClass}
          onChange={(sizeClass) => set({ sizeClass })}
          groups={[
            {
              label: '',
              options: SIZE_CLASSES.map((size) => ({
                value: size,
                label: SIZE_CLASS_LABELS[size][language],
              })),
            },
          ]}
        />
        <SelectField
          id="library-region"
          label={t('library.search.region')}
          placeholder={t('library.search.anyRegion')}
          value={form.region}
          onChange={(region) => set({ region })}
          groups={[
            {
              label: '',
              options: (regions.data ?? []).map((region) => ({ value: region, label: region })),
            },
          ]}
        />
        <TextField
          id="library-from"
          label={t('library.search.from')}
          type="date"
          value={form.from}
          onChange={(from) => set({ from })}
        />
        <TextField
          id="library-to"
          label={t('library.search.to')}
          type="date"
          value={form.to}
          onChange={(to) => set({ to })}
        />
      </div>
      <ButtonGroup>
        <Button type="submit" appearance="primary">
          {t('library.search.submit')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
