import { useTranslation } from 'react-i18next';
import { classNames } from '../../../lib/ui/class-names.ts';
import { describedBy } from '../../../lib/ui/field-ids.ts';
import { FieldMessages } from '../../../lib/ui/field-messages.tsx';

type ReportDetailsFieldProps = {
  id: string;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  error: string | undefined;
};

/** The description of a report: a labelled text area with its hint and error. */
export function ReportDetailsField({
  id,
  value,
  onChange,
  maxLength,
  error,
}: ReportDetailsFieldProps) {
  const { t } = useTranslation();
  const description = t('room.report.detailsHint', { max: maxLength });
  return (
    <div
      className={classNames(
        'utrecht-form-field',
        'utrecht-form-field--textarea',
        error && 'utrecht-form-field--invalid',
      )}
    >
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {t('room.report.details')}
        </label>
      </div>
      <FieldMessages fieldId={id} description={description} error={error} />
      <div className="utrecht-form-field__input">
        <textarea
          id={id}
          rows={4}
          value={value}
          maxLength={maxLength}
          onChange={(event) => onChange(event.target.value)}
          aria-required
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, { description, error })}
          className={classNames(
            'utrecht-textarea utrecht-textarea--html-textarea',
            error && 'utrecht-textarea--invalid',
          )}
        />
      </div>
    </div>
  );
}
