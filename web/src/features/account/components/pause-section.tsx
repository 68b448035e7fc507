import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { Profile } from '@ods/shared/api/profile';
import { useFormErrors } from '../../../lib/forms/use-form-errors.ts';
import { formatDate } from '../../../lib/i18n/format-date.ts';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Button } from '../../../lib/ui/button.tsx';
import { TextField } from '../../../lib/ui/text-field.tsx';
import { usePausePool, useResumePool } from '../api/pool-status.ts';
import { AccountSection, focusSectionHeading } from './account-section.tsx';

const SECTION = 'pause';
const FIELDS = ['until'] as const;

/** Pause until a date, or resume a pause early. */
export function PauseSection({ profile, today }: { profile: Profile; today: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [until, setUntil] = useState('');
  const { errors, showFailure, show } = useFormErrors(FIELDS);
  const pause = usePausePool();
  const resume = useResumePool();
  const done = () => focusSectionHeading(SECTION);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = until === '' ? 'dateRequired' : until <= today ? 'dateNotFuture' : undefined;
    show({ fields: problem ? { until: t(`account.pause.${problem}`) } : {}, general: [] });
    if (problem) return;
    pause.mutate({ until }, { onSuccess: done, onError: showFailure });
  };

  return (
    <AccountSection id={SECTION} heading={t('account.pause.heading')}>
      {errors.general.map((message) => (
        <Alert key={message} type="error" role="alert">
          {message}
        </Alert>
      ))}
      {profile.poolStatus === 'paused' && profile.pausedUntil ? (
        <>
          <p className="utrecht-paragraph" role="status">
            {t('account.pause.pausedUntil', { date: formatDate(profile.pausedUntil, language) })}
          </p>
          <Button
            appearance="primary"
            busy={resume.isPending}
            onClick={() => resume.mutate(undefined, { onSuccess: done, onError: showFailure })}
          >
            {t('account.pause.resume')}
          </Button>
        </>
      ) : (
        <form noValidate onSubmit={submit} className="ods-form">
          <p className="utrecht-paragraph">{t('account.pause.description')}</p>
          <TextField
            id="pause-until"
            type="date"
            label={t('account.pause.dateLabel')}
            description={t('account.pause.dateDescription')}
            min={today}
            required
            value={until}
            onChange={setUntil}
            error={errors.fields.until}
          />
          <Button type="submit" busy={pause.isPending}>
            {t('account.pause.submit')}
          </Button>
        </form>
      )}
    </AccountSection>
  );
}
