import type { ReactNode } from 'react';
import type { Round } from '@ods/shared/api/rounds';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Button } from '../../../lib/ui/button.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { useRoundSessions } from '../api/round-sessions.ts';
import { RoundSessionStatus } from './round-session-state.tsx';

/**
 * For a committed round, reads where its sessions stand and hands each group its status; for
 * a proposal it reads nothing and the groups have none.
 */
export function RoundSessionsLoader({
  round,
  children,
}: {
  round: Round;
  children: (sessionOf: (group: number) => ReactNode) => ReactNode;
}) {
  const { t } = useTranslation();
  const committed = round.state === 'committed';
  const sessions = useRoundSessions(round.id, committed);
  const byGroup = new Map((sessions.data?.sessions ?? []).map((s) => [s.group, s]));
  const sessionOf = (group: number) => {
    const session = byGroup.get(group);
    return session ? <RoundSessionStatus session={session} number={group + 1} /> : null;
  };
  return (
    <>
      {committed && sessions.isPending ? (
        <Paragraph role="status">{t('app.loading')}</Paragraph>
      ) : null}
      {committed && sessions.isError ? (
        <>
          <Alert type="error">{t('rounds.session.loadError')}</Alert>
          <Button onClick={() => void sessions.refetch()}>{t('app.retry')}</Button>
        </>
      ) : null}
      {children(sessionOf)}
    </>
  );
}
