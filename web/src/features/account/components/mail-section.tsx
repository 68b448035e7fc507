import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { MailPreferences, Profile } from '@ods/shared/api/profile';
import { useFormErrors } from '../../../lib/forms/use-form-errors.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Button } from '../../../lib/ui/button.tsx';
import { CheckboxField } from '../../../lib/ui/checkbox-field.tsx';
import { Fieldset } from '../../../lib/ui/fieldset.tsx';
import { useSaveProfileSettings } from '../api/save-profile-settings.ts';
import { AccountSection } from './account-section.tsx';

// Mails link here (List-Unsubscribe: /account#mail), so the id is part of the mails' contract.
const SECTION = 'mail';
const FIELDS = ['mailPreferences'] as const;

/** Which optional mails one receives: reminders, and summaries with requests for consent. */
export function MailSection({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const [preferences, setPreferences] = useState<MailPreferences>(profile.mailPreferences);
  const [saved, setSaved] = useState(false);
  const { errors, show, showFailure } = useFormErrors(FIELDS);
  const save = useSaveProfileSettings();

  const change = (next: Partial<MailPreferences>) => {
    setSaved(false);
    setPreferences((current) => ({ ...current, ...next }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    show({ fields: {}, general: [] });
    save.mutate(() => ({ mailPreferences: preferences }), {
      onSuccess: () => setSaved(true),
      onError: showFailure,
    });
  };

  return (
    <AccountSection id={SECTION} heading={t('account.mail.heading')}>
      <p className="utrecht-paragraph">{t('account.mail.description')}</p>
      <div role="status">{saved ? <Alert type="ok">{t('account.mail.saved')}</Alert> : null}</div>
      {errors.general.map((message) => (
        <Alert key={message} type="error" role="alert">
          {message}
        </Alert>
      ))}
      <form noValidate onSubmit={submit} className="ods-form">
        <Fieldset
          id="mail-preferences"
          legend={t('account.mail.legend')}
          error={errors.fields.mailPreferences}
        >
          <CheckboxField
            id="mail-reminders"
            label={t('account.mail.reminders')}
            description={t('account.mail.remindersDescription')}
            checked={preferences.reminders}
            onChange={(reminders) => change({ reminders })}
          />
          <CheckboxField
            id="mail-summaries"
            label={t('account.mail.summaries')}
            description={t('account.mail.summariesDescription')}
            checked={preferences.summaries}
            onChange={(summaries) => change({ summaries })}
          />
        </Fieldset>
        <Button type="submit" busy={save.isPending}>
          {t('account.mail.submit')}
        </Button>
      </form>
    </AccountSection>
  );
}
