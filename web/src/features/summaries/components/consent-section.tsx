import { useState } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { ConfirmedWarning } from '@ods/shared/api/cases';
import { guardSummary } from '@ods/shared/api/summary-guard';
import type { Attribution, SummaryView } from '@ods/shared/api/summaries';
import { ApiError } from '../../../lib/api/api-error.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Button } from '../../../lib/ui/button.tsx';
import { ButtonGroup } from '../../../lib/ui/button-group.tsx';
import { Heading } from '../../../lib/ui/heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { RadioGroup } from '../../../lib/ui/radio-group.tsx';
import { ConsentFindings } from './consent-findings.tsx';
import { ConsentList } from './consent-list.tsx';

const ATTRIBUTION_OPTIONS: readonly Attribution[] = [
  'name-and-municipality',
  'size-class-and-region',
  'hidden',
];

export interface ConsentActions {
  agree: (request: {
    version: number;
    attribution: Attribution;
    confirmedWarnings: ConfirmedWarning[];
  }) => void;
  refuse: () => void;
  agreeing: boolean;
  refusing: boolean;
  error: unknown;
}

/**
 * Publishing needs everyone who took part: each picks how they are shown and agrees, says no,
 * or withdraws later (the summary leaves the library at once). The guard's findings come
 * first. The summary page and the page a consent mail opens both use this, each with its own
 * way to send the answer.
 */
export function ConsentSection({ view, actions }: { view: SummaryView; actions: ConsentActions }) {
  const { t } = useTranslation();
  const me = view.participants.find((p) => p.isMe);
  const [attribution, setAttribution] = useState<Attribution | undefined>(me?.consent?.attribution);
  const [confirmations, setConfirmations] = useState<ConfirmedWarning[]>([]);
  const [problem, setProblem] = useState<'choose' | 'guard'>();
  const guard = guardSummary(view.content, [...view.confirmedWarnings, ...confirmations]);
  const warnings = guardSummary(view.content, view.confirmedWarnings).unconfirmed;
  const agreed = me?.consent?.agreed === true;

  const confirm = (warning: ConfirmedWarning, fictional: boolean) =>
    setConfirmations((current) => [
      ...current.filter((c) => !(c.kind === warning.kind && c.text === warning.text)),
      ...(fictional ? [warning] : []),
    ]);
  const agree = () => {
    if (!attribution) return setProblem('choose');
    const blocked = guard.blocking.length > 0 || view.knownPeople.length > 0;
    if (blocked || guard.unconfirmed.length > 0) return setProblem('guard');
    setProblem(undefined);
    actions.agree({ version: view.version, attribution, confirmedWarnings: guard.confirmed });
  };
  const failure = actions.error;
  const asked = me?.tookPart === true;
  const refused = me?.answer === 'refused';
  return (
    <section aria-labelledby="summary-consent" className="ods-summary-section">
      <Heading level={2} id="summary-consent">
        {t('summaries.consent.title')}
      </Heading>
      <Paragraph>{t('summaries.consent.intro')}</Paragraph>
      <ConsentList view={view} />
      {me && !asked ? <Paragraph>{t('summaries.consent.notAsked')}</Paragraph> : null}
      {refused ? <Paragraph>{t('summaries.consent.youRefused')}</Paragraph> : null}
      {!asked ? null : !view.saved ? (
        <Paragraph>{t('summaries.consent.saveFirst')}</Paragraph>
      ) : (
        <>
          <ConsentFindings
            blocking={[...view.knownPeople, ...guard.blocking]}
            warnings={warnings}
            confirmed={confirmations}
            onConfirm={confirm}
          />
          <div className="ods-summary-choices">
            <RadioGroup
              id="summary-attribution"
              legend={t('summaries.consent.attributionLegend')}
              description={t('summaries.consent.attributionHint')}
              error={problem === 'choose' ? t('summaries.consent.chooseFirst') : undefined}
              options={ATTRIBUTION_OPTIONS.map((value) => ({
                value,
                label: t(`summaries.attribution.${value}`),
              }))}
              value={attribution}
              onChange={setAttribution}
            />
          </div>
          {problem === 'guard' ? (
            <Alert type="error" role="alert">
              {t('summaries.consent.guardFirst')}
            </Alert>
          ) : null}
          {failure ? (
            <Alert type="error" role="alert">
              {failure instanceof ApiError ? failure.message : t('summaries.consent.error')}
            </Alert>
          ) : null}
          <ButtonGroup>
            <Button appearance="primary" busy={actions.agreeing} onClick={agree}>
              {agreed ? t('summaries.consent.update') : t('summaries.consent.agree')}
            </Button>
            {refused ? null : (
              <Button danger busy={actions.refusing} onClick={actions.refuse}>
                {agreed ? t('summaries.consent.withdraw') : t('summaries.consent.refuse')}
              </Button>
            )}
          </ButtonGroup>
        </>
      )}
    </section>
  );
}
