import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { emailProblem } from '../../../lib/forms/email.ts';
import { useFormErrors } from '../../../lib/forms/use-form-errors.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Button } from '../../../lib/ui/button.tsx';
import { TextField } from '../../../lib/ui/text-field.tsx';
import { useRequestEmailChange } from '../api/request-email-change.ts';
import { AccountSection } from './account-section.tsx';

const FIELDS = ['newEmail'] as const;

/** Change the e-mail address; it only changes once the link sent to the new address is used. */
export function EmailChangeSection({ currentEmail }: { currentEmail: string }) {
  const { t } = useTranslation();
  const [newEmail, setNewEmail] = useState('');
  const [sentTo, setSentTo] = useState<string>();
  const { errors, show, showFailure } = useFormErrors(FIELDS);
  const request = useRequestEmailChange();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = emailProblem(newEmail);
    show({ fields: problem ? { newEmail: t(`auth.login.errors.${problem}`) } : {}, general: [] });
    if (problem) return;
    const address = newEmail.trim();
    request.mutate(
      { newEmail: address },
      { onSuccess: () => setSentTo(address), onError: showFailure },
    );
  };

  return (
    <AccountSection id="email" heading={t('account.email.heading')}>
      <p className="utrecht-paragraph">{t('account.email.current', { email: currentEmail })}</p>
      <div role="status">
        {sentTo ? <Alert type="ok">{t('account.email.sent', { email: sentTo })}</Alert> : null}
      </div>
      {errors.general.map((message) => (
        <Alert key={message} type="error" role="alert">
          {message}
        </Alert>
      ))}
      <form noValidate onSubmit={submit} className="ods-form">
        <TextField
          id="new-email"
          type="email"
          label={t('account.email.label')}
          autoComplete="email"
          spellCheck={false}
          required
          value={newEmail}
          onChange={setNewEmail}
          error={errors.fields.newEmail}
        />
        <Button type="submit" busy={request.isPending}>
          {t('account.email.submit')}
        </Button>
      </form>
    </AccountSection>
  );
}
