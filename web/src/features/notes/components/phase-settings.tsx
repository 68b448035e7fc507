import { useId } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { MethodOptions } from '@ods/shared/method/sparring-method';

type PhaseSettingsProps = { options: MethodOptions; onChange: (options: MethodOptions) => void };

/** The facilitator's choices for this session: 60 or 90 minutes, turn away, look back. */
export function PhaseSettings({ options, onChange }: PhaseSettingsProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <details className="ods-phase-settings">
      <summary>{t('notes.settings.heading')}</summary>
      <fieldset className="utrecht-form-fieldset">
        <legend className="utrecht-form-fieldset__legend">{t('notes.settings.length')}</legend>
        {([60, 90] as const).map((length) => (
          <div key={length} className="utrecht-form-field utrecht-form-field--radio">
            <input
              type="radio"
              className="utrecht-radio-button"
              id={`${id}-length-${length}`}
              name={`${id}-length`}
              checked={options.length === length}
              onChange={() => onChange({ ...options, length })}
            />
            <label
              htmlFor={`${id}-length-${length}`}
              className="utrecht-form-label utrecht-form-label--radio"
            >
              {t('notes.settings.minutes', { count: length })}
            </label>
          </div>
        ))}
      </fieldset>
      {(['turnAway', 'lookBack'] as const).map((key) => (
        <div key={key} className="utrecht-form-field utrecht-form-field--checkbox">
          <input
            type="checkbox"
            className="utrecht-checkbox"
            id={`${id}-${key}`}
            checked={options[key]}
            onChange={(event) => onChange({ ...options, [key]: event.target.checked })}
          />
          <label
            htmlFor={`${id}-${key}`}
            className="utrecht-form-label utrecht-form-label--checkbox"
          >
            {t(`notes.settings.${key}`)}
          </label>
        </div>
      ))}
    </details>
  );
}
