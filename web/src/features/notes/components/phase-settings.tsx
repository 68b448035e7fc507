import { useId } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { MethodOptions } from '@ods/shared/method/sparring-method';
import { CheckboxField } from '../../../lib/ui/checkbox-field.tsx';
import { RadioGroup } from '../../../lib/ui/radio-group.tsx';

type PhaseSettingsProps = { options: MethodOptions; onChange: (options: MethodOptions) => void };

/** The facilitator's choices for this session: 60 or 90 minutes, turn away, look back. */
export function PhaseSettings({ options, onChange }: PhaseSettingsProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <details className="ods-phase-settings">
      <summary>{t('notes.settings.heading')}</summary>
      <RadioGroup
        id={`${id}-length`}
        legend={t('notes.settings.length')}
        options={([60, 90] as const).map((length) => ({
          value: length,
          label: t('notes.settings.minutes', { count: length }),
        }))}
        value={options.length}
        onChange={(length) => onChange({ ...options, length })}
      />
      {(['turnAway', 'lookBack'] as const).map((key) => (
        <CheckboxField
          key={key}
          id={`${id}-${key}`}
          label={t(`notes.settings.${key}`)}
          checked={options[key]}
          onChange={(checked) => onChange({ ...options, [key]: checked })}
        />
      ))}
    </details>
  );
}
