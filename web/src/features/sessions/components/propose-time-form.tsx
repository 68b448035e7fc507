import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { TimeSlot } from '@ods/shared/api/scheduling';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { Button } from '../../../lib/ui/button.tsx';
import { ButtonGroup } from '../../../lib/ui/button-group.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { RadioGroup } from '../../../lib/ui/radio-group.tsx';
import { formatSessionWindow } from '../../../lib/i18n/format-time.ts';

// Three weeks of working hours are hundreds of slots: a few at a time keeps the list usable.
const PAGE = 8;

type ProposeTimeFormProps = {
  sessionId: string;
  slots: readonly TimeSlot[];
  busy: boolean;
  onPropose: (startsAt: string, done: () => void) => void;
};

/** "Ander tijdstip voorstellen": a disclosure with the group's common free slots to choose from. */
export function ProposeTimeForm({ sessionId, slots, busy, onPropose }: ProposeTimeFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const [shown, setShown] = useState(PAGE);
  const [missing, setMissing] = useState(false);
  const summary = useRef<HTMLElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return setMissing(true);
    onPropose(chosen, () => {
      setChosen(undefined);
      setOpen(false);
      // Closing hides the focused button; the summary is where the person was.
      summary.current?.focus();
    });
  };

  return (
    <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary ref={summary}>{t('sessions.propose.open')}</summary>
      {slots.length === 0 ? (
        <Paragraph>{t('sessions.propose.none')}</Paragraph>
      ) : (
        <form noValidate onSubmit={submit} className="ods-form">
          <RadioGroup
            id={`propose-${sessionId}`}
            legend={t('sessions.propose.legend')}
            description={t('sessions.propose.description')}
            error={missing && !chosen ? t('sessions.propose.required') : undefined}
            options={slots.slice(0, shown).map((slot) => ({
              value: slot.startsAt,
              label: formatSessionWindow(slot.startsAt, slot.endsAt, language),
            }))}
            value={chosen}
            onChange={setChosen}
          />
          <ButtonGroup>
            {shown < slots.length ? (
              <Button appearance="subtle" onClick={() => setShown(shown + PAGE)}>
                {t('sessions.propose.more')}
              </Button>
            ) : null}
            <Button type="submit" appearance="primary" busy={busy}>
              {t('sessions.propose.submit')}
            </Button>
          </ButtonGroup>
        </form>
      )}
    </details>
  );
}
