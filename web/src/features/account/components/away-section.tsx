import { useState } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { AwayPeriod, Profile } from '@ods/shared/api/profile';
import { formErrorsFromFailure } from '../../../lib/forms/form-errors.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Button } from '../../../lib/ui/button.tsx';
import { useSaveProfileSettings } from '../api/save-profile-settings.ts';
import { currentAwayPeriods, withAwayPeriodRemoved } from '../model/away-periods.ts';
import { AccountSection, focusSectionHeading } from './account-section.tsx';
import { AddAwayPeriodForm } from './add-away-period-form.tsx';
import { useAwayPeriodText } from './away-period-text.ts';

const SECTION = 'away';

/** Dates one is away (holidays): the matching skips them. List, add, remove. */
export function AwaySection({ profile, today }: { profile: Profile; today: string }) {
  const { t } = useTranslation();
  const periodText = useAwayPeriodText();
  const [done, setDone] = useState<string>();
  const remove = useSaveProfileSettings();
  const planned = currentAwayPeriods(profile.awayPeriods, today);
  const removeErrors = remove.isError
    ? formErrorsFromFailure(remove.error, [], {
        network: t('errors.network'),
        unexpected: t('errors.unexpected'),
      }).general
    : [];

  const removePeriod = (period: AwayPeriod) => {
    setDone(undefined);
    remove.mutate(
      (saved) => ({ awayPeriods: withAwayPeriodRemoved(saved.awayPeriods, period, today) }),
      {
        onSuccess: () => {
          setDone(t('account.away.removed', { period: periodText(period) }));
          // The button that had focus is gone with its period.
          focusSectionHeading(SECTION);
        },
      },
    );
  };

  return (
    <AccountSection id={SECTION} heading={t('account.away.heading')}>
      <p className="utrecht-paragraph">{t('account.away.description')}</p>
      <div role="status">{done ? <Alert type="ok">{done}</Alert> : null}</div>
      {removeErrors.map((message) => (
        <Alert key={message} type="error" role="alert">
          {message}
        </Alert>
      ))}
      {planned.length === 0 ? (
        <p className="utrecht-paragraph">{t('account.away.none')}</p>
      ) : (
        <>
          <p className="utrecht-paragraph" id="away-list-intro">
            {t('account.away.listIntro')}
          </p>
          <ul className="utrecht-unordered-list ods-away-list" aria-labelledby="away-list-intro">
            {planned.map((period) => (
              <li key={`${period.from}/${period.to}`} className="utrecht-unordered-list__item">
                <span>{periodText(period)}</span>{' '}
                <Button
                  appearance="subtle"
                  busy={remove.isPending}
                  onClick={() => removePeriod(period)}
                >
                  {t('account.away.remove')}
                  <span className="ods-visually-hidden">
                    {' '}
                    {t('account.away.removeWhich', { period: periodText(period) })}
                  </span>
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
      <AddAwayPeriodForm
        planned={planned}
        today={today}
        onAdded={(period) => {
          remove.reset();
          setDone(t('account.away.added', { period: periodText(period) }));
        }}
      />
    </AccountSection>
  );
}
