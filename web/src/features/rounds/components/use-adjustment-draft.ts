import { useState } from 'react';
import type { Round } from '@ods/shared/api/rounds';
import type { RoundAdjustment } from '@ods/shared/api/round-adjustments';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { signedScore } from './format-score.ts';
import { useApplyAdjustment, usePreviewAdjustment } from '../api/round-adjustments.ts';

/** Where the focus goes once an adjustment is settled: a group's heading, or a person's control. */
export type FocusTarget = { group: number } | { personId: string };

/** What the draft asks of the view it is in. */
export interface DraftView {
  /** Says a short sentence in the view's live region. */
  announce: (message: string) => void;
  focus: (target: FocusTarget) => void;
}

const nameIn = (round: Round, personId: string) =>
  round.groups.flatMap((g) => g.members).find((m) => m.userId === personId)?.name ??
  round.leftOut.find((p) => p.userId === personId)?.name ??
  '';

const groupOf = (round: Round, personId: string) =>
  round.groups.findIndex((g) => g.members.some((m) => m.userId === personId));

/**
 * The adjustment being previewed: choosing asks the server what it would do; confirming
 * applies it, cancelling forgets it. Each step is announced, and once it is settled the focus
 * goes to the changed group (confirmed) or back to the person's control (cancelled).
 */
export function useAdjustmentDraft(round: Round, view: DraftView) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [adjustment, setAdjustment] = useState<RoundAdjustment | null>(null);
  const preview = usePreviewAdjustment(round.id);
  const apply = useApplyAdjustment(round.id);
  const close = () => {
    setAdjustment(null);
    preview.reset();
    apply.reset();
  };
  return {
    adjustment,
    preview,
    apply,
    choose: (next: RoundAdjustment) => {
      setAdjustment(next);
      apply.reset();
      view.announce(t('rounds.adjust.checking'));
      preview.mutate(
        { version: round.version, adjustment: next },
        {
          onSuccess: (answer) =>
            view.announce(
              answer.accepted
                ? `${t('rounds.adjust.rulesKept')} ${t('rounds.adjust.score', { delta: signedScore(answer.delta.total, language) })}`
                : `${t('rounds.adjust.refused')} ${answer.refusals.map((r) => r.message[language]).join(' ')}`,
            ),
        },
      );
    },
    confirm: () => {
      if (!adjustment || apply.isPending) return;
      apply.mutate(
        { version: round.version, adjustment },
        {
          onSuccess: (updated) => {
            close();
            const group = groupOf(updated, adjustment.personId);
            const name = nameIn(updated, adjustment.personId);
            const message =
              adjustment.kind === 'swap'
                ? t('rounds.adjust.swapped', {
                    name,
                    number: group + 1,
                    other: nameIn(updated, adjustment.otherId),
                    otherNumber: groupOf(updated, adjustment.otherId) + 1,
                  })
                : t('rounds.adjust.moved', { name, number: group + 1 });
            view.announce(message);
            view.focus({ group });
          },
        },
      );
    },
    cancel: () => {
      if (!adjustment) return;
      close();
      view.announce(t('rounds.adjust.cancelled'));
      view.focus({ personId: adjustment.personId });
    },
  };
}

export type AdjustmentDraft = ReturnType<typeof useAdjustmentDraft>;
