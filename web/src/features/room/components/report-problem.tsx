import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import {
  REPORT_DETAILS_MAX,
  SESSION_REPORT_KINDS,
  type SessionReportKindName,
} from '@ods/shared/api/room-limits';
import { useFormErrors } from '../../../lib/forms/use-form-errors.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Button } from '../../../lib/ui/button.tsx';
import { ErrorSummary } from '../../../lib/ui/error-summary.tsx';
import { Heading } from '../../../lib/ui/heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { RadioGroup } from '../../../lib/ui/radio-group.tsx';
import { TextAreaField } from '../../../lib/ui/text-area-field.tsx';
import { useIdempotencyKey } from '../../../lib/api/use-idempotency-key.ts';
import { useReportProblem } from '../api/report-problem.ts';

const FIELDS = ['kind', 'details'] as const;
const FIELD_IDS = { kind: 'report-kind', details: 'report-details' } as const;

/**
 * "Report a problem with this session": behaviour, or a real case being discussed. It goes to
 * the coordinators by mail; the group's notes never go with it.
 */
export function ReportProblem({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<SessionReportKindName>();
  const [details, setDetails] = useState('');
  const [sent, setSent] = useState(false);
  const { errors, focusKey, show, showFailure } = useFormErrors(FIELDS);
  const report = useReportProblem();
  const requestKey = useIdempotencyKey();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!kind) fields.kind = t('room.report.errors.kind');
    if (!details.trim()) fields.details = t('room.report.errors.details');
    show({ fields, general: [] });
    if (!kind || !details.trim()) return;
    setSent(false);
    const body = { kind, details: details.trim() };
    report.mutate(
      { sessionId, body, key: requestKey.keyFor({ sessionId, body }) },
      {
        onSettled: (_, failure) => requestKey.settled(failure ?? undefined),
        onSuccess: () => {
          setSent(true);
          setKind(undefined);
          setDetails('');
        },
        onError: showFailure,
      },
    );
  };

  const summary = FIELDS.flatMap((field) =>
    errors.fields[field] ? [{ message: errors.fields[field], fieldId: FIELD_IDS[field] }] : [],
  );
  return (
    <section aria-labelledby="report-heading" className="ods-session-report">
      <Heading level={2} id="report-heading">
        {t('room.report.heading')}
      </Heading>
      <Paragraph>{t('room.report.intro')}</Paragraph>
      <div role="status">{sent ? <Alert type="ok">{t('room.report.sent')}</Alert> : null}</div>
      {errors.general.map((message) => (
        <Alert key={message} type="error" role="alert">
          {message}
        </Alert>
      ))}
      <ErrorSummary errors={summary} focusKey={focusKey} />
      <form noValidate onSubmit={submit} className="ods-form">
        <RadioGroup
          id={FIELD_IDS.kind}
          legend={t('room.report.kind')}
          options={SESSION_REPORT_KINDS.map((value) => ({
            value,
            label: t(`room.report.kinds.${value}`),
          }))}
          value={kind}
          onChange={setKind}
          error={errors.fields.kind}
        />
        <TextAreaField
          id={FIELD_IDS.details}
          label={t('room.report.details')}
          description={t('room.report.detailsHint', { max: REPORT_DETAILS_MAX })}
          value={details}
          onChange={setDetails}
          maxLength={REPORT_DETAILS_MAX}
          required
          error={errors.fields.details}
        />
        <Button type="submit" busy={report.isPending}>
          {t('room.report.submit')}
        </Button>
      </form>
    </section>
  );
}
