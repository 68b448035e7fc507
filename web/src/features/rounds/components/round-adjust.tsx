import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Round } from '@ods/shared/api/rounds';
import type { RoundAdjustment } from '@ods/shared/api/round-adjustments';
import { ApiError } from '../../../lib/api/api-error.ts';
import { useTranslation, type TextKey } from '../../../lib/i18n/use-translation.ts';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Button } from '../../../lib/ui/button.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { SelectField, type SelectGroup } from '../../../lib/ui/select-field.tsx';
import {
  isVersionConflict,
  useApplyAdjustment,
  useLockGroup,
  usePreviewAdjustment,
  useRerunRound,
} from '../api/round-adjustments.ts';
import { roundQueryKey } from '../api/round.ts';
import { useProposal } from '../api/round-proposal.ts';
import { ProposalJobStatus } from './proposal-progress.tsx';

/** The select's value names the adjustment: "move:<group>" or "swap:<personId>". */
function adjustmentFor(personId: string, value: string): RoundAdjustment | null {
  const [kind, target] = value.split(':', 2);
  if (kind === 'move' && target !== undefined) return { kind, personId, toGroup: Number(target) };
  if (kind === 'swap' && target !== undefined) return { kind, personId, otherId: target };
  return null;
}

/**
 * One keyboard-usable control per person: move to another group, or swap with someone in
 * another group (left-out people can only be placed). Choosing asks for a preview.
 */
export function AdjustPersonControl({
  round,
  personId,
  name,
  fromGroup,
  onChoose,
}: {
  round: Round;
  personId: string;
  name: string;
  /** The person's group, or null when the round left them out. */
  fromGroup: number | null;
  onChoose: (adjustment: RoundAdjustment) => void;
}) {
  const { t } = useTranslation();
  const others = round.groups.map((_, index) => index).filter((index) => index !== fromGroup);
  const groups: SelectGroup[] = [
    {
      label: fromGroup === null ? t('rounds.adjust.placeIn') : t('rounds.adjust.moveTo'),
      options: others.map((index) => ({
        value: `move:${index}`,
        label: t('rounds.adjust.groupOption', { number: index + 1 }),
      })),
    },
  ];
  if (fromGroup !== null)
    groups.push({
      label: t('rounds.adjust.swapWith'),
      options: others.flatMap((index) =>
        (round.groups[index]?.members ?? []).map((member) => ({
          value: `swap:${member.userId}`,
          label: t('rounds.adjust.swapOption', { name: member.name, number: index + 1 }),
        })),
      ),
    });
  return (
    <SelectField
      id={`adjust-${personId}`}
      label={t('rounds.adjust.label', { name })}
      value=""
      placeholder={t('rounds.adjust.placeholder')}
      groups={groups}
      onChange={(value) => {
        const adjustment = adjustmentFor(personId, value);
        if (adjustment) onChoose(adjustment);
      }}
    />
  );
}

const signed = (value: number, language: string) =>
  `${value > 0 ? '+' : ''}${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value)}`;

/** The adjustment being previewed; choosing asks the server what it would do. */
export function useAdjustmentDraft(round: Round) {
  const [adjustment, setAdjustment] = useState<RoundAdjustment | null>(null);
  const preview = usePreviewAdjustment(round.id);
  const apply = useApplyAdjustment(round.id);
  return {
    adjustment,
    preview,
    apply,
    choose: (next: RoundAdjustment) => {
      setAdjustment(next);
      apply.reset();
      preview.mutate({ version: round.version, adjustment: next });
    },
    close: () => {
      setAdjustment(null);
      preview.reset();
      apply.reset();
    },
  };
}

/**
 * What the chosen adjustment would do: the refusals naming the rule, or the score change with its
 * soft parts; "Bevestigen" applies it as the next version, "Annuleren" forgets it.
 */
export function AdjustPreviewPanel({
  round,
  draft,
}: {
  round: Round;
  draft: ReturnType<typeof useAdjustmentDraft>;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { adjustment, preview, apply } = draft;
  const onClose = draft.close;
  const failure = apply.error ?? preview.error;
  const answer = preview.data;
  return (
    <div role="region" aria-live="polite" aria-label={t('rounds.adjust.previewTitle')}>
      {failure ? (
        <Alert type="error" role="alert">
          {isVersionConflict(failure)
            ? t('rounds.adjust.conflict')
            : failure instanceof ApiError && failure.status < 500
              ? failure.message
              : t('errors.unexpected')}
        </Alert>
      ) : null}
      {adjustment && answer ? (
        <>
          {answer.accepted ? (
            <>
              <Paragraph>
                {t('rounds.adjust.score', { delta: signed(answer.delta.total, language) })}
              </Paragraph>
              <ul className="utrecht-unordered-list">
                {Object.entries(answer.delta.parts)
                  .filter(([, value]) => Math.abs(value) >= 0.05)
                  .map(([part, value]) => (
                    <li key={part} className="utrecht-unordered-list__item">
                      {t(`rounds.adjust.parts.${part}` as TextKey)}: {signed(value, language)}
                    </li>
                  ))}
              </ul>
            </>
          ) : (
            <ul className="utrecht-unordered-list">
              {answer.refusals.map((refusal, index) => (
                <li key={`${refusal.rule}-${index}`} className="utrecht-unordered-list__item">
                  {refusal.message[language]}
                </li>
              ))}
            </ul>
          )}
          {answer.accepted ? (
            <Button
              appearance="primary"
              busy={apply.isPending}
              onClick={() =>
                apply.mutate({ version: round.version, adjustment }, { onSuccess: onClose })
              }
            >
              {t('rounds.adjust.confirm')}
            </Button>
          ) : null}{' '}
          <Button onClick={onClose}>{t('rounds.adjust.cancel')}</Button>
        </>
      ) : null}
    </div>
  );
}

/** "Groep vastzetten" / "Vastgezet": a locked group is kept exactly by a new search. */
export function LockGroupToggle({ round, group }: { round: Round; group: number }) {
  const { t } = useTranslation();
  const lock = useLockGroup(round.id);
  const locked = round.groups[group]?.locked === true;
  return (
    <>
      <Button
        aria-pressed={locked}
        busy={lock.isPending}
        onClick={() => lock.mutate({ version: round.version, group, locked: !locked })}
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
 * cancel; the round is read again when it ends.
 */
export function RerunRound({ round }: { round: Round }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const rerun = useRerunRound(round.id);
  const [jobId, setJobId] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
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
      {outcome ? <Paragraph role="status">{outcome}</Paragraph> : null}
      {rerun.error ? (
        <Alert type="error" role="alert">
          {isVersionConflict(rerun.error) ? t('rounds.adjust.conflict') : t('errors.unexpected')}
        </Alert>
      ) : null}
    </div>
  );
}
