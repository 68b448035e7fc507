import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { RATING_MAX, RATING_MIN, type SummaryView } from '@ods/shared/api/summaries';
import { ApiError } from '../../../lib/api/api-error.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Button } from '../../../lib/ui/button.tsx';
import { CheckboxField } from '../../../lib/ui/checkbox-field.tsx';
import { Fieldset } from '../../../lib/ui/fieldset.tsx';
import { Heading } from '../../../lib/ui/heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { RadioGroup } from '../../../lib/ui/radio-group.tsx';
import { useSendRating } from '../api/send-rating.ts';

const RATINGS = Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, i) => RATING_MIN + i);

/** Asked once, answered with one click: how was it, and with whom would I spar again. */
export function RatingForm({ view }: { view: SummaryView }) {
  const { t } = useTranslation();
  const [rating, setRating] = useState<number>();
  const [again, setAgain] = useState<string[]>([]);
  const [missing, setMissing] = useState(false);
  const send = useSendRating();
  const others = view.participants.filter((p) => !p.isMe);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (rating === undefined) return setMissing(true);
    setMissing(false);
    send.mutate({ sessionId: view.sessionId, request: { rating, sparAgain: again } });
  };
  return (
    <section aria-labelledby="summary-rating" className="ods-summary-section">
      <Heading level={2} id="summary-rating">
        {t('summaries.rating.title')}
      </Heading>
      {view.rated ? (
        <Paragraph role="status">{t('summaries.rating.thanks')}</Paragraph>
      ) : (
        <form onSubmit={submit} noValidate>
          <div className="ods-summary-choices">
            <RadioGroup
              id="summary-rating-value"
              legend={t('summaries.rating.legend')}
              error={missing ? t('summaries.rating.missing') : undefined}
              options={RATINGS.map((value) => ({
                value,
                label: t(`summaries.rating.value.${value as 1 | 2 | 3 | 4 | 5}`),
              }))}
              value={rating}
              onChange={setRating}
            />
          </div>
          {others.length > 0 ? (
            <Fieldset id="summary-spar-again" legend={t('summaries.rating.againLegend')}>
              {others.map((person) => (
                <CheckboxField
                  key={person.userId}
                  id={`summary-spar-again-${person.userId}`}
                  label={t('summaries.rating.again', {
                    name: person.name,
                    municipality: person.municipalityName,
                  })}
                  checked={again.includes(person.userId)}
                  onChange={(checked) =>
                    setAgain((current) =>
                      checked
                        ? [...current, person.userId]
                        : current.filter((id) => id !== person.userId),
                    )
                  }
                />
              ))}
            </Fieldset>
          ) : null}
          {send.isError ? (
            <Alert type="error" role="alert">
              {send.error instanceof ApiError ? send.error.message : t('summaries.rating.error')}
            </Alert>
          ) : null}
          <Button type="submit" appearance="primary" busy={send.isPending}>
            {t('summaries.rating.submit')}
          </Button>
        </form>
      )}
    </section>
  );
}
