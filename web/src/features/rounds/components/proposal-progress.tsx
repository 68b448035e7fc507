import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { RoundProposal } from '@ods/shared/api/round-proposals';
import { Button } from '../../../lib/ui/button.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { useCancelProposal } from '../api/round-proposal.ts';

/**
 * Where a proposal stands while it waits or runs: its place in the queue, or its phase and
 * the best score so far, with a way to cancel. Only the phase is announced (a live region);
 * the score changes several times a second and would drown out everything else.
 */
export function ProposalProgress({
  job,
  onCancel,
  cancelling,
}: {
  job: RoundProposal;
  onCancel: () => void;
  cancelling: boolean;
}) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 });
  return (
    <section aria-labelledby="proposal-progress-heading" className="ods-proposal-progress">
      <h3 id="proposal-progress-heading" className="utrecht-heading-3">
        {t('rounds.progress.heading')}
      </h3>
      <Paragraph role="status">
        {job.state === 'queued'
          ? t('rounds.progress.queued', { position: job.queuePosition })
          : t('rounds.progress.running', { phase: t(`rounds.progress.phases.${job.phase}`) })}
      </Paragraph>
      {job.state === 'running' && job.bestObjective !== null ? (
        <Paragraph>
          {t('rounds.progress.best', { score: number.format(job.bestObjective) })}
        </Paragraph>
      ) : null}
      <Paragraph>{t('rounds.progress.deadline', { seconds: job.deadlineSeconds })}</Paragraph>
      <Button onClick={onCancel} busy={cancelling} danger>
        {t('rounds.progress.cancel')}
      </Button>
    </section>
  );
}

/**
 * A background search (a proposal, or a new search around locked groups) while it waits or
 * runs, with its cancel; and the calm line once it was cancelled.
 */
export function ProposalJobStatus({ job }: { job: RoundProposal | undefined }) {
  const { t } = useTranslation();
  const cancel = useCancelProposal();
  if (job?.state === 'queued' || job?.state === 'running')
    return (
      <ProposalProgress
        job={job}
        cancelling={cancel.isPending}
        onCancel={() => cancel.mutate(job.id)}
      />
    );
  if (job?.state === 'cancelled')
    return <Paragraph role="status">{t('rounds.progress.cancelled')}</Paragraph>;
  return null;
}
