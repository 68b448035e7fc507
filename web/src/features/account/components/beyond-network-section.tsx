import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { Profile } from '@ods/shared/api/profile';
import { useFormErrors } from '../../../lib/forms/use-form-errors.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Button } from '../../../lib/ui/button.tsx';
import { CheckboxField } from '../../../lib/ui/checkbox-field.tsx';
import { useSaveProfileSettings } from '../api/save-profile-settings.ts';
import { AccountSection } from './account-section.tsx';

const FIELDS = ['openToOtherNetworks'] as const;

/** Whether one may also be matched in rounds of other networks than one's organisation's. */
export function BeyondNetworkSection({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(profile.openToOtherNetworks);
  const [saved, setSaved] = useState(false);
  const { errors, show, showFailure } = useFormErrors(FIELDS);
  const save = useSaveProfileSettings();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    show({ fields: {}, general: [] });
    save.mutate(() => ({ openToOtherNetworks: open }), {
      onSuccess: () => setSaved(true),
      onError: showFailure,
    });
  };

  return (
    <AccountSection id="buiten-je-netwerk" heading={t('account.beyond.heading')}>
      <p className="utrecht-paragraph">{t('account.beyond.description')}</p>
      <div role="status">{saved ? <Alert type="ok">{t('account.beyond.saved')}</Alert> : null}</div>
      {[
        ...errors.general,
        ...(errors.fields.openToOtherNetworks ? [errors.fields.openToOtherNetworks] : []),
      ].map((message) => (
        <Alert key={message} type="error" role="alert">
          {message}
        </Alert>
      ))}
      <form noValidate onSubmit={submit} className="ods-form">
        <CheckboxField
          id="open-to-other-networks"
          label={t('account.beyond.label')}
          description={t('account.beyond.labelDescription')}
          checked={open}
          onChange={(value) => {
            setSaved(false);
            setOpen(value);
          }}
        />
        <Button type="submit" busy={save.isPending}>
          {t('account.beyond.submit')}
        </Button>
      </form>
    </AccountSection>
  );
}
