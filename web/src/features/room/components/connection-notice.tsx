import { useEffect } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { Button } from '../../../lib/ui/button.tsx';
import type { ConnectionStatus } from '../hooks/use-room-connection.ts';

type ConnectionNoticeProps = {
  status: ConnectionStatus;
  onRetry: () => void;
  onBack: () => void;
};

const RETRY_AFTER_MS = 3000;

const MESSAGE_KEY = {
  connecting: 'room.conference.connecting',
  reconnecting: 'room.conference.reconnecting',
  reconnected: 'room.conference.reconnected',
  dropped: 'room.conference.dropped',
  failed: 'room.conference.failed',
} as const;

/**
 * Says what the connection is doing, in a live region that exists from the start so screen
 * readers announce each change. After a drop it tries again as soon as the network is back.
 */
export function ConnectionNotice({ status, onRetry, onBack }: ConnectionNoticeProps) {
  const { t } = useTranslation();
  const lost = status === 'dropped' || status === 'failed';

  useEffect(() => {
    if (!lost) return;
    window.addEventListener('online', onRetry);
    // livekit-client has given up on this Room; one fresh try soon, then on the button.
    const timer = status === 'dropped' ? window.setTimeout(onRetry, RETRY_AFTER_MS) : undefined;
    return () => {
      window.removeEventListener('online', onRetry);
      window.clearTimeout(timer);
    };
  }, [lost, status, onRetry]);

  const key = status === 'connected' || status === 'left' ? undefined : MESSAGE_KEY[status];
  return (
    <div className="ods-room__notice">
      <p role="status" className="ods-room__status" data-room-status={status}>
        {key ? t(key) : ''}
      </p>
      {lost ? (
        <div className="ods-room__notice-actions">
          <Button appearance="primary" onClick={onRetry}>
            {t('room.conference.retry')}
          </Button>
          <Button onClick={onBack}>{t('room.conference.backToPreJoin')}</Button>
        </div>
      ) : null}
    </div>
  );
}
