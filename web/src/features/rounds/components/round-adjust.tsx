import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Round } from '@ods/shared/api/rounds';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Button } from '../../../lib/ui/button.tsx';
import { isVersionConflict, useLockGroup, useRerunRound } from '../api/round-adjustments.ts';
import { roundQueryKey } from '../api/round.ts';
import { useProposal } from '../api/round-proposal.ts';
import { ProposalJobStatus } from './proposal-progress.tsx';

/**
 * "Groep vastzetten" / "Vastgezet": a locked group is kept exactly by a new search. The focus
 * stays on the button (its pressed state says what happened); the live region says it too.
 */
export function LockGroupToggle({
  round,
  group,
  announce,
}: {
  round: Round;
  group: number;
  announce: (message: string) => void;
}) {
  const { t } = useTranslation();
  const lock = useLockGroup(round.id);
  const locked = round.groups[group]?.locked === true;
  return (
    <>
      <Button
        aria-pressed={locked}
        busy={lock.isPending}
        onClick={() =>
          lock.mutate(
            { version: round.version, group, locked: !locked },
            {
              onSuccess: () =>
                announce(
                  t(locked ? 'rounds.adjust.unlockedGroup' : 'rounds.adjust.lockedGroup', {
                    number: group + 1,
                  }),
                ),
            },
          )
        }
      >
        {locked ? t('rounds.adjust.locked') : t('rounds.adjust.lock')}
      </Button>
      {lock.error ? (
        <Alert type="error" role="alert">
          {isVersionConflict(lock.error) ? t('rounds.adjust.conflict') : t('errors.unexpected')}
        </Alert>
      ) : null}
    </>
  );
}

/**
 * "Opnieuw zoeken rond vastgezette groepen": a new search that keeps the locked groups exactly
 * and matches everyone else again, in the background like a proposal, with its progress and a
 * cancel; the round is read again when it ends, and the focus goes to the message saying so.
 */
export function RerunRound({ round }: { round: Round }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const rerun = useRerunRound(round.id);
  const [jobId, setJobId] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const said = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (outcome) said.current?.focus();
  }, [outcome]);
  const job = useProposal(jobId, (finished) => {
    setJobId(null);
    if (finished.state === 'done') {
      setOutcome(t('rounds.adjust.rerunDone'));
      void queryClient.invalidateQueries({ queryKey: roundQueryKey(round.id) });
    } else if (finished.error) setOutcome(finished.error.message[language]);
  }).data;
  const running = job?.state === 'queued' || job?.state === 'running';
  return (
    <div>
      <Button
        busy={rerun.isPending || running}
        onClick={() => {
          if (rerun.isPending || running) return;
          setOutcome(null);
          rerun.mutate(
            { version: round.version },
            { onSuccess: (started) => setJobId(started.id) },
          );
        }}
      >
        {t('rounds.adjust.rerun')}
      </Button>
      <ProposalJobStatus job={job} />
      {outcome ? (
        <p ref={said} tabIndex={-1} role="status" className="utrecht-paragraph">
          {outcome}
        </p>
      ) : null}
      {rerun.error ? (
        <Alert type="error" role="alert">
          {isVersionConflict(rerun.error) ? t('rounds.adjust.conflict') : t('errors.unexpected')}
        </Alert>
      ) : null}
    </div>
  );
}
