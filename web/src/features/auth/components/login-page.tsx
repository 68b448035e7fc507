import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { useLocation, useNavigate } from 'react-router';
import { emailProblem } from '../../../lib/forms/email.ts';
import { summaryEntries } from '../../../lib/forms/form-errors.ts';
import { useFormErrors } from '../../../lib/forms/use-form-errors.ts';
import { currentLanguage } from '../../../lib/i18n/language.ts';
import { PATHS } from '../../../lib/routing/paths.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Button } from '../../../lib/ui/button.tsx';
import { ErrorSummary } from '../../../lib/ui/error-summary.tsx';
import { PageHeading } from '../../../lib/ui/page-heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { TextField } from '../../../lib/ui/text-field.tsx';
import { useRequestLoginLink } from '../api/request-login-link.ts';

const FIELDS = ['email'] as const;
const EMAIL_ID = 'email';

/** Sign-in and sign-up in one: an e-mail address and one button; the link does the rest. */
export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const cameFromGuard = typeof (location.state as { from?: unknown } | null)?.from === 'string';
  // An invitation from a network's coordinator links here with the address filled in.
  const [email, setEmail] = useState(
    () => new URLSearchParams(location.search).get('email')?.slice(0, 254) ?? '',
  );
  const { errors, focusKey, show, showFailure } = useFormErrors(FIELDS);
  const requestLink = useRequestLoginLink();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = emailProblem(email);
    if (problem) {
      show({ fields: { email: t(`auth.login.errors.${problem}`) }, general: [] });
      return;
    }
    show({ fields: {}, general: [] });
    requestLink.mutate(
      { email: email.trim(), language: currentLanguage() },
      {
        onSuccess: () => void navigate(PATHS.checkMail, { state: { email: email.trim() } }),
        onError: showFailure,
      },
    );
  };

  return (
    <>
      <PageHeading>{t('auth.login.title')}</PageHeading>
      {cameFromGuard ? <Alert type="info">{t('auth.login.signInFirst')}</Alert> : null}
      <Paragraph lead>{t('auth.login.intro')}</Paragraph>
      <form noValidate onSubmit={submit} className="ods-form">
        <ErrorSummary errors={summaryEntries(errors, FIELDS, () => EMAIL_ID)} focusKey={focusKey} />
        <TextField
          id={EMAIL_ID}
          type="email"
          label={t('auth.login.emailLabel')}
          description={t('auth.login.emailDescription')}
          autoComplete="email"
          spellCheck={false}
          required
          value={email}
          onChange={setEmail}
          error={errors.fields.email}
        />
        <Button type="submit" appearance="primary" busy={requestLink.isPending}>
          {t('auth.login.submit')}
        </Button>
      </form>
    </>
  );
}
