import { useState } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { useSearchParams } from 'react-router';
import { useCurrentUser } from '../../../lib/queries/session.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { PageHeading } from '../../../lib/ui/page-heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { ProposeRoundForm } from './propose-round-form.tsx';
import { RoundSection } from './round-section.tsx';

/** The round a page shows lives in the address, so a reload or a shared link keeps it. */
const ROUND_PARAM = 'ronde';

/** Coordinators propose a match round for a period, inspect the groups, and commit them. */
export function RoundsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const roundId = params.get(ROUND_PARAM);
  // Only a round proposed just now takes the focus; one opened from a link leaves it on the h1.
  const [proposedNow, setProposedNow] = useState<string | null>(null);

  if (user === undefined) return <Paragraph role="status">{t('app.loading')}</Paragraph>;
  if (!user || user.role === 'participant') {
    return (
      <>
        <PageHeading>{t('rounds.title')}</PageHeading>
        <Alert type="warning">{t('rounds.coordinatorsOnly')}</Alert>
      </>
    );
  }
  return (
    <>
      <PageHeading>{t('rounds.title')}</PageHeading>
      <Paragraph lead>{t('rounds.lead')}</Paragraph>
      <ProposeRoundForm
        onProposed={(id) => {
          setProposedNow(id);
          setParams({ [ROUND_PARAM]: id });
        }}
      />
      {roundId ? (
        <RoundSection key={roundId} roundId={roundId} focusHeading={proposedNow === roundId} />
      ) : null}
    </>
  );
}
