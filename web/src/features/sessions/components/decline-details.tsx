import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { BETTER_MOMENT_MAX, REPLY_REASON_MAX } from '@ods/shared/api/scheduling';
import { TextAreaField } from '../../../lib/ui/text-area-field.tsx';
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
      <TextAreaField
        id={`${idPrefix}-reason`}
        label={t('sessions.decline.reasonLabel')}
        maxLength={REPLY_REASON_MAX}
        rows={3}
        value={value.reason}
        onChange={(reason) => onChange({ ...value, reason })}
      />
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
