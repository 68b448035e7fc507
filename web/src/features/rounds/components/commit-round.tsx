import { useEffect, useRef } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { Round } from '@ods/shared/api/rounds';
import { ApiError } from '../../../lib/api/api-error.ts';
import { formatDate } from '../../../lib/i18n/format-date.ts';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Button } from '../../../lib/ui/button.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { useCommitRound } from '../api/commit-round.ts';

/** "Ronde vastleggen": the groups become sessions. Afterwards it says so instead. */
export function CommitRound({ round }: { round: Round }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const commit = useCommitRound();
  // The button disappears once the round is committed; focus moves to the confirmation.
  const done = useRef<HTMLDivElement>(null);
  const committedHere = commit.isSuccess && round.state === 'committed';
  useEffect(() => {
    if (committedHere) done.current?.focus();
  }, [committedHere]);
  const failure = commit.error;
  const message =
    failure instanceof ApiError && failure.status < 500 ? failure.message : t('errors.unexpected');

  if (round.state === 'committed' && round.committedAt) {
    return (
      <div ref={done} tabIndex={-1}>
        <Alert type="ok" role="status">
          {t('rounds.commit.done', {
            count: round.groups.length,
            date: formatDate(round.committedAt, language),
          })}
        </Alert>
      </div>
    );
  }
  return (
    <>
      {failure ? (
        <Alert type="error" role="alert">
          {message}
        </Alert>
      ) : null}
      <Paragraph>{t('rounds.commit.explanation')}</Paragraph>
      {round.groups.length > 0 ? (
        <Button
          appearance="primary"
          busy={commit.isPending}
          onClick={() => commit.mutate({ id: round.id, version: round.version })}
        >
          {t('rounds.commit.button')}
        </Button>
      ) : null}
    </>
  );
}
