import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { useFormErrors } from '../../../lib/forms/use-form-errors.ts';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { Button } from '../../../lib/ui/button.tsx';
import { DataTable } from '../../../lib/ui/data-table.tsx';
import { SelectField } from '../../../lib/ui/select-field.tsx';
import { TextField } from '../../../lib/ui/text-field.tsx';
import { topicRequest, useNetwork, useNetworkChange, type TopicChange } from '../api/networks.ts';
import { ConsoleSection } from './console-section.tsx';
import { FormProblems } from './form-problems.tsx';

/**
 * The network's topics: add, rename, merge, retire. Nothing that uses a topic breaks: profiles,
 * cases and published summaries keep it; the network's rounds read it through the merge.
 */
export function TopicsSection({ networkId }: { networkId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const network = useNetwork(networkId);
  const [name, setName] = useState('');
  const [renameSlug, setRenameSlug] = useState('');
  const [newName, setNewName] = useState('');
  const [mergeSlug, setMergeSlug] = useState('');
  const [into, setInto] = useState('');
  const { errors, show, showFailure } = useFormErrors([]);
  const change = useNetworkChange(networkId, (input: TopicChange) => topicRequest(input));
  const topics = network.data?.topics ?? [];
  const active = topics.filter((topic) => topic.state === 'active');
  const options = active.map((topic) => ({ value: topic.slug, label: topic.name[language] }));
  const nameOf = (slug: string | null) =>
    topics.find((topic) => topic.slug === slug)?.name[language] ?? slug ?? '';

  const run = (input: TopicChange, done?: () => void) => {
    show({ fields: {}, general: [] });
    change.send(input, { onSuccess: () => done?.(), onError: showFailure });
  };
  const submit = (handler: () => void) => (event: FormEvent) => {
    event.preventDefault();
    handler();
  };

  return (
    <ConsoleSection id="onderwerpen" heading={t('console.topics.heading')}>
      <FormProblems messages={errors.general} />
      <DataTable
        caption={t('console.topics.caption', { count: active.length })}
        columns={[t('console.topics.topic'), t('console.topics.state'), t('console.actions')]}
        rows={topics.map((topic) => ({
          key: topic.slug,
          cells: [
            topic.name[language],
            topic.state === 'merged'
              ? t('console.topics.merged', { into: nameOf(topic.mergedInto) })
              : t(`console.topics.states.${topic.state}`),
            topic.state === 'active' ? (
              <Button appearance="subtle" onClick={() => run({ kind: 'retire', slug: topic.slug })}>
                {t('console.topics.retire', { name: topic.name[language] })}
              </Button>
            ) : (
              <Button
                appearance="subtle"
                onClick={() => run({ kind: 'add', body: { slug: topic.slug } })}
              >
                {t('console.topics.restore', { name: topic.name[language] })}
              </Button>
            ),
          ],
        }))}
      />
      <form
        noValidate
        className="ods-form"
        onSubmit={submit(() => run({ kind: 'add', body: { nameNl: name } }, () => setName('')))}
      >
        <TextField
          id="topic-name"
          label={t('console.topics.newName')}
          value={name}
          onChange={setName}
        />
        <Button type="submit" busy={change.isPending}>
          {t('console.topics.add')}
        </Button>
      </form>
      <form
        noValidate
        className="ods-form"
        onSubmit={submit(() =>
          run({ kind: 'rename', slug: renameSlug, nameNl: newName }, () => setNewName('')),
        )}
      >
        <SelectField
          id="rename-topic"
          label={t('console.topics.renameWhich')}
          placeholder={t('console.topics.choose')}
          value={renameSlug}
          onChange={setRenameSlug}
          groups={[{ label: '', options }]}
        />
        <TextField
          id="rename-name"
          label={t('console.topics.renameTo')}
          value={newName}
          onChange={setNewName}
        />
        <Button type="submit" busy={change.isPending}>
          {t('console.topics.rename')}
        </Button>
      </form>
      <form
        noValidate
        className="ods-form"
        onSubmit={submit(() => run({ kind: 'merge', slug: mergeSlug, into }))}
      >
        <SelectField
          id="merge-topic"
          label={t('console.topics.mergeWhich')}
          placeholder={t('console.topics.choose')}
          value={mergeSlug}
          onChange={setMergeSlug}
          groups={[{ label: '', options }]}
        />
        <SelectField
          id="merge-into"
          label={t('console.topics.mergeInto')}
          placeholder={t('console.topics.choose')}
          value={into}
          onChange={setInto}
          groups={[{ label: '', options }]}
        />
        <Button type="submit" busy={change.isPending}>
          {t('console.topics.merge')}
        </Button>
      </form>
    </ConsoleSection>
  );
}
