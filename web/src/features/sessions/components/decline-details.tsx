import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { BETTER_MOMENT_MAX, REPLY_REASON_MAX } from '@ods/shared/api/scheduling';
import { TextField } from '../../../lib/ui/text-field.tsx';

export interface DeclineDetailsValue {
  reason: string;
  betterMoment: string;
}

/** The optional reason and better moment of a decline. */
export function DeclineDetails({
  idPrefix,
  value,
  onChange,
}: {
  idPrefix: string;
  value: DeclineDetailsValue;
  onChange: (value: DeclineDetailsValue) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <div className="utrecht-form-field utrecht-form-field--textarea">
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label" htmlFor={`${idPrefix}-reason`}>
            {t('sessions.decline.reasonLabel')}
          </label>
        </div>
        <div className="utrecht-form-field__input">
          <textarea
            id={`${idPrefix}-reason`}
            className="utrecht-textarea utrecht-textarea--html-textarea"
            maxLength={REPLY_REASON_MAX}
            rows={3}
            value={value.reason}
            onChange={(event) => onChange({ ...value, reason: event.target.value })}
          />
        </div>
      </div>
      <TextField
        id={`${idPrefix}-better-moment`}
        label={t('sessions.decline.betterMomentLabel')}
        description={t('sessions.decline.betterMomentDescription')}
        maxLength={BETTER_MOMENT_MAX}
        value={value.betterMoment}
        onChange={(betterMoment) => onChange({ ...value, betterMoment })}
      />
    </>
  );
}
