import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Button } from '../../../lib/ui/button.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { useRound } from '../api/round.ts';
import { PagedRoundView } from './paged-round-view.tsx';

/** Loads one round and shows it, with a way to retry when loading fails. */
export function RoundSection({
  roundId,
  focusHeading,
}: {
  roundId: string;
  focusHeading: boolean;
}) {
  const { t } = useTranslation();
  const round = useRound(roundId);
  if (round.isPending) return <Paragraph role="status">{t('app.loading')}</Paragraph>;
  if (round.isError) {
    return (
      <>
        <Alert type="error">{t('rounds.loadError')}</Alert>
        <Button onClick={() => void round.refetch()}>{t('app.retry')}</Button>
      </>
    );
  }
  return <PagedRoundView round={round.data} focusHeading={focusHeading} />;
}
