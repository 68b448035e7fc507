import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { summaryEntries } from '../../../lib/forms/form-errors.ts';
import { useFormErrors } from '../../../lib/forms/use-form-errors.ts';
import { useNetworks } from '../../../lib/queries/networks.ts';
import { Button } from '../../../lib/ui/button.tsx';
import { CheckboxField } from '../../../lib/ui/checkbox-field.tsx';
import { ErrorSummary } from '../../../lib/ui/error-summary.tsx';
import { Heading } from '../../../lib/ui/heading.tsx';
import { SelectField } from '../../../lib/ui/select-field.tsx';
import { TextField } from '../../../lib/ui/text-field.tsx';
import { useProposeRound } from '../api/propose-round.ts';

const FIELDS = ['networkId', 'periodStart', 'periodEnd'] as const;
const fieldId = (field: string) => `round-${field}`;

/**
 * The period of a new round: two dates, checked here first and by the server as the truth; the
 * network when one runs several, and whether members of other networks who opted in may join.
 */
export function ProposeRoundForm({ onProposed }: { onProposed: (roundId: string) => void }) {
  const { t } = useTranslation();
  const [periodStart, setPeriodStart] = useState('');
  const [periodEnd, setPeriodEnd] = useState('');
  const networks = useNetworks().data?.networks ?? [];
  const [chosenNetwork, setNetworkId] = useState('');
  const networkId = chosenNetwork || networks[0]?.id || '';
  const [openToOtherNetworks, setOpenToOtherNetworks] = useState(false);
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
      { periodStart, periodEnd, openToOtherNetworks, ...(networkId ? { networkId } : {}) },
      { onSuccess: (round) => onProposed(round.id), onError: showFailure },
    );
  };

  return (
    <form noValidate onSubmit={submit} className="ods-form" aria-labelledby="round-form-heading">
      <Heading level={2} id="round-form-heading">
        {t('rounds.form.heading')}
      </Heading>
      <ErrorSummary errors={summaryEntries(errors, FIELDS, fieldId)} focusKey={focusKey} />
      {networks.length > 1 ? (
        <SelectField
          id={fieldId('networkId')}
          label={t('rounds.form.network')}
          placeholder={t('rounds.form.chooseNetwork')}
          value={networkId}
          onChange={setNetworkId}
          error={errors.fields.networkId}
          groups={[{ label: '', options: networks.map((n) => ({ value: n.id, label: n.name })) }]}
        />
      ) : null}
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
      <CheckboxField
        id="round-open-to-other-networks"
        label={t('rounds.form.openToOthers')}
        description={t('rounds.form.openToOthersDescription')}
        checked={openToOtherNetworks}
        onChange={setOpenToOtherNetworks}
      />
      <Button type="submit" appearance="primary" busy={propose.isPending}>
        {propose.isPending ? t('rounds.form.busy') : t('rounds.form.submit')}
      </Button>
    </form>
  );
}
