import { useState, type FormEvent } from 'react';
import type { RoundProposal } from '@ods/shared/api/round-proposals';
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
import { useProposal, useStartProposal } from '../api/round-proposal.ts';
import { ProposalJobStatus } from './proposal-progress.tsx';

const FIELDS = ['networkId', 'periodStart', 'periodEnd'] as const;
const fieldId = (field: string) => `round-${field}`;

/**
 * The period of a new round: two dates, checked here first and by the server as the truth; the
 * network when one runs several, and whether members of other networks who opted in may join.
 * The proposal runs in the background; while it waits or runs, its progress and a cancel
 * button show under the form.
 */
export function ProposeRoundForm({ onProposed }: { onProposed: (roundId: string) => void }) {
  const { t, i18n } = useTranslation();
  const [periodStart, setPeriodStart] = useState('');
  const [periodEnd, setPeriodEnd] = useState('');
  const networks = useNetworks().data?.networks ?? [];
  const [chosenNetwork, setNetworkId] = useState('');
  const networkId = chosenNetwork || networks[0]?.id || '';
  const [openToOtherNetworks, setOpenToOtherNetworks] = useState(false);
  const { errors, focusKey, show, showFailure } = useFormErrors(FIELDS);
  const start = useStartProposal();
  const [jobId, setJobId] = useState<string | null>(null);

  function finished(job: RoundProposal): void {
    if (job.state === 'done' && job.roundId) {
      setJobId(null);
      onProposed(job.roundId);
    } else if (job.state === 'failed' && job.error) {
      const language = i18n.language === 'en' ? 'en' : 'nl';
      const fields = Object.fromEntries(
        Object.entries(job.error.fields ?? {}).map(([field, message]) => [
          field,
          message[language],
        ]),
      );
      setJobId(null);
      show({
        fields,
        general: Object.keys(fields).length > 0 ? [] : [job.error.message[language]],
      });
    }
  }
  const job = useProposal(jobId, finished).data;
  const busy = start.isPending || job?.state === 'queued' || job?.state === 'running';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const fields: Record<string, string> = {};
    if (periodStart === '') fields.periodStart = t('rounds.form.dateRequired');
    if (periodEnd === '') fields.periodEnd = t('rounds.form.dateRequired');
    else if (periodStart !== '' && periodEnd <= periodStart) {
      fields.periodEnd = t('rounds.form.endAfterStart');
    }
    show({ fields, general: [] });
    if (Object.keys(fields).length > 0) return;
    start.mutate(
      { periodStart, periodEnd, openToOtherNetworks, ...(networkId ? { networkId } : {}) },
      { onSuccess: (started) => setJobId(started.id), onError: showFailure },
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
      <Button type="submit" appearance="primary" busy={busy}>
        {busy ? t('rounds.form.busy') : t('rounds.form.submit')}
      </Button>
      <ProposalJobStatus job={job} />
    </form>
  );
}
