import { useEffect, useState } from 'react';
import type { Round } from '@ods/shared/api/rounds';
import type { RoundAdjustment } from '@ods/shared/api/round-adjustments';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { Button } from '../../../lib/ui/button.tsx';
import { SelectField, type SelectGroup } from '../../../lib/ui/select-field.tsx';

/** The select's value names the adjustment: "move:<group>" or "swap:<personId>". */
function adjustmentFor(personId: string, value: string): RoundAdjustment | null {
  const [kind, target] = value.split(':', 2);
  if (kind === 'move' && target !== undefined) return { kind, personId, toGroup: Number(target) };
  if (kind === 'swap' && target !== undefined) return { kind, personId, otherId: target };
  return null;
}

/** Where a person can go: the other groups, and (for someone in a group) whom to swap with. */
function choicesFor(
  round: Round,
  fromGroup: number | null,
  t: ReturnType<typeof useTranslation>['t'],
): SelectGroup[] {
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
  return groups;
}

/**
 * One keyboard-usable control per person: move to another group, or swap with someone in
 * another group (left-out people can only be placed). Choosing asks for a preview. The choice
 * opens from an "Aanpassen" button: a select per person listing everyone else would put the
 * square of the pool's size in the page (90 000 options for 300 people), which makes it slow
 * for everyone and for assistive technology most.
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
  const [open, setOpen] = useState(false);
  const id = `adjust-${personId}`;
  // Opened by the button: the choice takes the focus.
  useEffect(() => {
    if (open) document.getElementById(id)?.focus();
  }, [open, id]);
  return (
    <>
      {' '}
      <Button
        appearance="subtle"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        // The visible word starts the name (WCAG 2.5.3); the name says whom it is about.
        aria-label={t('rounds.adjust.label', { name })}
        onClick={() => setOpen(!open)}
      >
        {t('rounds.adjust.open')}
      </Button>
      {open ? (
        <SelectField
          id={id}
          label={t('rounds.adjust.label', { name })}
          value=""
          placeholder={t('rounds.adjust.placeholder')}
          groups={choicesFor(round, fromGroup, t)}
          onChange={(value) => {
            const adjustment = adjustmentFor(personId, value);
            if (adjustment) onChoose(adjustment);
          }}
        />
      ) : null}
    </>
  );
}
