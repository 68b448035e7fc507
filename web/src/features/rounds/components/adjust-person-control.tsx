import type { Round } from '@ods/shared/api/rounds';
import type { RoundAdjustment } from '@ods/shared/api/round-adjustments';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { SelectField, type SelectGroup } from '../../../lib/ui/select-field.tsx';

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
