import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { summaryEntries } from '../../../lib/forms/form-errors.ts';
import { useFormErrors } from '../../../lib/forms/use-form-errors.ts';
import { Button } from '../../../lib/ui/button.tsx';
import { ErrorSummary } from '../../../lib/ui/error-summary.tsx';
import { Heading } from '../../../lib/ui/heading.tsx';
import { TextField } from '../../../lib/ui/text-field.tsx';
import { useProposeRound } from '../api/propose-round.ts';

const FIELDS = ['periodStart', 'periodEnd'] as const;
const fieldId = (field: string) => `round-${field}`;

/** The period of a new round: two dates, checked here first and by the server as the truth. */
export function ProposeRoundForm({ onProposed }: { onProposed: (roundId: string) => void }) {
  const { t } = useTranslation();
  const [periodStart, setPeriodStart] = useState('');
  const [periodEnd, setPeriodEnd] = useState('');
  const { errors, focusKey, show, showFailure } = useFormErrors(FIELDS);
  const propose = useProposeRound();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (periodStart === '') fields.periodStart = t('rounds.form.dateRequired');
    if (periodEnd === '') fields.periodEnd = t('rounds.form.dateRequired');
    else if (periodStart !== '' && periodEnd <= periodStart) {
      fields.periodEnd = t('rounds.form.endAfterStart');
    }
    show({ fields, general: [] });
    if (Object.keys(fields).length > 0) return;
    propose.mutate(
      { periodStart, periodEnd },
      { onSuccess: (round) => onProposed(round.id), onError: showFailure },
    );
  };

  return (
    <form noValidate onSubmit={submit} className="ods-form" aria-labelledby="round-form-heading">
      <Heading level={2} id="round-form-heading">
        {t('rounds.form.heading')}
      </Heading>
      <ErrorSummary errors={summaryEntries(errors, FIELDS, fieldId)} focusKey={focusKey} />
      <TextField
        id={fieldId('periodStart')}
        type="date"
        label={t('rounds.form.periodStart')}
        required
        value={periodStart}
        onChange={setPeriodStart}
        error={errors.fields.periodStart}
      />
      <TextField
        id={fieldId('periodEnd')}
        type="date"
        label={t('rounds.form.periodEnd')}
        description={t('rounds.form.periodEndDescription')}
        required
        min={periodStart || undefined}
        value={periodEnd}
        onChange={setPeriodEnd}
        error={errors.fields.periodEnd}
      />
      <Button type="submit" appearance="primary" busy={propose.isPending}>
        {propose.isPending ? t('rounds.form.busy') : t('rounds.form.submit')}
      </Button>
    </form>
  );
}
