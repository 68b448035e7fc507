import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { FREQUENCY_WEEKS, LANGUAGES, LIMITS } from '@ods/shared/api/limits';
import type { Profile } from '@ods/shared/api/profile';
import type { Organisation, Topic } from '@ods/shared/api/reference';
import { summaryEntries } from '../../../lib/forms/form-errors.ts';
import { useFormErrors } from '../../../lib/forms/use-form-errors.ts';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { Button } from '../../../lib/ui/button.tsx';
import { ErrorSummary } from '../../../lib/ui/error-summary.tsx';
import { RadioGroup } from '../../../lib/ui/radio-group.tsx';
import { TextField } from '../../../lib/ui/text-field.tsx';
import { hasBlocksOutsideGrid } from '../model/availability-slots.ts';
import {
  PROFILE_FIELDS,
  toProfileInput,
  validateDraft,
  type ProfileDraft,
  type ProfileField,
} from '../model/profile-draft.ts';
import { AvailabilityGrid } from './availability-grid.tsx';
import { AvoidOrganisationsField } from './avoid-organisations-field.tsx';
import { HouseRulesField } from './house-rules-field.tsx';
import { OrganisationField } from './organisation-field.tsx';
import { TopicPicker } from './topic-picker.tsx';
import { useOfferedTopics } from '../../../lib/queries/topics.ts';

const FIELD_IDS: Record<ProfileField, string> = {
  name: 'profile-name',
  organisationId: 'profile-organisation',
  jobTitle: 'profile-job-title',
  topics: 'profile-topics',
  availability: 'profile-availability',
  frequencyWeeks: 'profile-frequency',
  avoidOrganisationIds: 'profile-avoid',
  language: 'profile-language',
  houseRulesAccepted: 'profile-house-rules',
};

type ProfileFormProps = {
  initialDraft: ProfileDraft;
  saved: Profile | undefined;
  topics: readonly Topic[];
  organisations: readonly Organisation[];
  saving: boolean;
  onSave: (input: ReturnType<typeof toProfileInput>, onError: (error: unknown) => void) => void;
};

/** The profile form: everything matching needs, checked in the browser first, then by the server. */
export function ProfileForm({
  initialDraft,
  saved,
  topics,
  organisations,
  saving,
  onSave,
}: ProfileFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [draft, setDraft] = useState(initialDraft);
  const { errors, focusKey, show, showFailure } = useFormErrors(PROFILE_FIELDS);
  const update = <K extends keyof ProfileDraft>(key: K, value: ProfileDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const fieldError = (field: ProfileField) => errors.fields[field];
  // The picker offers the topics of the chosen organisation's networks; topics already in the
  // profile stay, also when a network has retired them since.
  const offered = useOfferedTopics(
    draft.organisationId ? { organisation: draft.organisationId } : undefined,
    [...(saved?.topics ?? []), ...draft.topics].map((topic) => topic.slug),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = validateDraft(draft);
    const fields = Object.fromEntries(
      Object.entries(problems).map(([field, problem]) => [
        field,
        t(`profile.errors.${problem}`, { max: limitFor(problem) }),
      ]),
    );
    show({ fields, general: [] });
    if (Object.keys(fields).length > 0) return;
    onSave(toProfileInput(draft, saved), showFailure);
  };

  return (
    <form noValidate onSubmit={submit} className="ods-form ods-profile-form">
      <ErrorSummary
        errors={summaryEntries(errors, PROFILE_FIELDS, (field) => FIELD_IDS[field as ProfileField])}
        focusKey={focusKey}
      />
      <TextField
        id={FIELD_IDS.name}
        label={t('profile.name.label')}
        description={t('profile.name.description')}
        autoComplete="name"
        required
        value={draft.name}
        onChange={(value) => update('name', value)}
        error={fieldError('name')}
      />
      <OrganisationField
        id={FIELD_IDS.organisationId}
        organisations={organisations}
        value={draft.organisationId}
        onChange={(value) => update('organisationId', value)}
        error={fieldError('organisationId')}
      />
      <TextField
        id={FIELD_IDS.jobTitle}
        label={t('profile.jobTitle.label')}
        description={t('profile.jobTitle.description')}
        autoComplete="organization-title"
        required
        value={draft.jobTitle}
        onChange={(value) => update('jobTitle', value)}
        error={fieldError('jobTitle')}
      />
      <TopicPicker
        id={FIELD_IDS.topics}
        topics={offered.data ?? topics}
        language={language}
        value={draft.topics}
        onChange={(value) => update('topics', value)}
        error={fieldError('topics')}
      />
      <AvailabilityGrid
        id={FIELD_IDS.availability}
        value={draft.slots}
        onChange={(value) => update('slots', value)}
        error={fieldError('availability')}
        hasHiddenTimes={saved ? hasBlocksOutsideGrid(saved.availability) : false}
      />
      <RadioGroup
        id={FIELD_IDS.frequencyWeeks}
        legend={t('profile.frequency.legend')}
        options={FREQUENCY_WEEKS.map((weeks) => ({
          value: weeks,
          label: t('profile.frequency.option', { count: weeks }),
        }))}
        value={draft.frequencyWeeks}
        onChange={(value) => update('frequencyWeeks', value)}
        error={fieldError('frequencyWeeks')}
      />
      <AvoidOrganisationsField
        id={FIELD_IDS.avoidOrganisationIds}
        organisations={organisations}
        ownOrganisationId={draft.organisationId}
        value={draft.avoidOrganisationIds}
        onChange={(value) => update('avoidOrganisationIds', value)}
        error={fieldError('avoidOrganisationIds')}
      />
      <RadioGroup
        id={FIELD_IDS.language}
        legend={t('profile.language.legend')}
        description={t('profile.language.description')}
        options={LANGUAGES.map((code) => ({
          value: code,
          label: t(`app.language.autonym.${code}`),
        }))}
        value={draft.language}
        onChange={(value) => update('language', value)}
        error={fieldError('language')}
      />
      <HouseRulesField
        id={FIELD_IDS.houseRulesAccepted}
        acceptedAt={saved?.houseRulesAcceptedAt ?? null}
        accepted={draft.houseRulesAccepted}
        onChange={(value) => update('houseRulesAccepted', value)}
        error={fieldError('houseRulesAccepted')}
      />
      <Button type="submit" appearance="primary" busy={saving}>
        {t(saved?.complete ? 'profile.submitEdit' : 'profile.submitNew')}
      </Button>
    </form>
  );
}

function limitFor(problem: string): number | undefined {
  if (problem === 'nameTooLong') return LIMITS.nameMax;
  if (problem === 'jobTitleTooLong') return LIMITS.jobTitleMax;
  if (problem === 'topicsTooMany') return LIMITS.topicsMax;
  if (problem === 'avoidTooMany') return LIMITS.avoidOrganisationsMax;
  return undefined;
}
