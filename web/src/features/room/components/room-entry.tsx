import { useState } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { RoomToken } from '@ods/shared/api/room';
import { ApiError } from '../../../lib/api/api-error.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { useRoomToken } from '../api/room-token.ts';
import type { MediaChoices } from '../model/media-choices.ts';
import { Conference } from './conference.tsx';
import { PreJoin } from './pre-join.tsx';

type Stage = { kind: 'pre-join' } | { kind: 'room'; connection: RoomToken; choices: MediaChoices };

/** Pre-join first; joining asks the server for a token (it may still say no) and enters. */
export function RoomEntry({
  sessionId,
  open,
  opensAt,
}: {
  sessionId: string;
  open: boolean;
  opensAt: string;
}) {
  const { t } = useTranslation();
  const [stage, setStage] = useState<Stage>({ kind: 'pre-join' });
  const token = useRoomToken();

  if (stage.kind === 'room') {
    return (
      <Conference
        connection={stage.connection}
        choices={stage.choices}
        onBackToPreJoin={() => {
          token.reset();
          setStage({ kind: 'pre-join' });
        }}
      />
    );
  }
  return (
    <>
      {token.isError ? (
        <Alert type="error" role="alert">
          {token.error instanceof ApiError ? token.error.message : t('errors.network')}
        </Alert>
      ) : null}
      <PreJoin
        sessionId={sessionId}
        open={open}
        opensAt={opensAt}
        joining={token.isPending}
        onJoin={(choices) =>
          token.mutate(sessionId, {
            onSuccess: (connection) => setStage({ kind: 'room', connection, choices }),
          })
        }
      />
    </>
  );
}
