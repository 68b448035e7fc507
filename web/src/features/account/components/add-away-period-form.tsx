import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { LIMITS } from '@ods/shared/api/limits';
import type { AwayPeriod } from '@ods/shared/api/profile';
import { ApiError } from '../../../lib/api/api-error.ts';
import { formErrorsFromFailure, type FormErrors } from '../../../lib/forms/form-errors.ts';
import { useFormErrors } from '../../../lib/forms/use-form-errors.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Button } from '../../../lib/ui/button.tsx';
import { TextField } from '../../../lib/ui/text-field.tsx';
import { useSaveProfileSettings } from '../api/save-profile-settings.ts';
import {
  AWAY_FIELDS,
  awayErrorsFromServer,
  awayPeriodProblems,
  withAwayPeriodAdded,
  type AwayField,
  type AwayPeriodDraft,
} from '../model/away-periods.ts';

const EMPTY: AwayPeriodDraft = { from: '', to: '' };
const INPUT_IDS: Record<AwayField, string> = { from: 'away-from', to: 'away-to' };

type AddAwayPeriodFormProps = {
  planned: readonly AwayPeriod[];
  today: string;
  onAdded: (period: AwayPeriod) => void;
};

/** Two date inputs and a button: adds one away period to the saved ones. */
export function AddAwayPeriodForm({ planned, today, onAdded }: AddAwayPeriodFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(EMPTY);
  const { errors, show } = useFormErrors(AWAY_FIELDS);
  const add = useSaveProfileSettings();

  // Shows the problems and puts focus on the first input that has one.
  const showErrors = (next: FormErrors) => {
    show(next);
    const first = AWAY_FIELDS.find((field) => next.fields[field] !== undefined);
    if (first) document.getElementById(INPUT_IDS[first])?.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = awayPeriodProblems(draft, planned, today);
    const fields: Record<string, string> = {};
    for (const field of AWAY_FIELDS) {
      const problem = problems[field];
      if (problem) fields[field] = t(`account.away.${problem}`, { max: LIMITS.awayPeriodsMax });
    }
    showErrors({ fields, general: [] });
    if (Object.keys(fields).length > 0) return;
    const period = { from: draft.from, to: draft.to };
    add.mutate(
      (saved) => ({ awayPeriods: withAwayPeriodAdded(saved.awayPeriods, period, today) }),
      {
        onSuccess: () => {
          setDraft(EMPTY);
          onAdded(period);
        },
        onError: (failure) =>
          showErrors(
            failure instanceof ApiError && Object.keys(failure.fields).length > 0
              ? awayErrorsFromServer(failure.fields)
              : formErrorsFromFailure(failure, [], {
                  network: t('errors.network'),
                  unexpected: t('errors.unexpected'),
                }),
          ),
      },
    );
  };

  return (
    <form noValidate onSubmit={submit} className="ods-form" aria-labelledby="away-add-heading">
      <h3 id="away-add-heading" className="utrecht-heading-3">
        {t('account.away.addHeading')}
      </h3>
      {errors.general.map((message) => (
        <Alert key={message} type="error" role="alert">
          {message}
        </Alert>
      ))}
      <TextField
        id={INPUT_IDS.from}
        type="date"
        label={t('account.away.fromLabel')}
        description={t('account.away.fromDescription')}
        min={today}
        required
        value={draft.from}
        onChange={(from) => setDraft((current) => ({ ...current, from }))}
        error={errors.fields.from}
      />
      <TextField
        id={INPUT_IDS.to}
        type="date"
        label={t('account.away.toLabel')}
        min={draft.from || today}
        required
        value={draft.to}
        onChange={(to) => setDraft((current) => ({ ...current, to }))}
        error={errors.fields.to}
      />
      <Button type="submit" busy={add.isPending}>
        {t('account.away.submit')}
      </Button>
    </form>
  );
}
