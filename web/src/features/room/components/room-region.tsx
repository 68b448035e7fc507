import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { SessionDetails } from '@ods/shared/api/sessions';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Button } from '../../../lib/ui/button.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { useRoomStatus } from '../api/room-status.ts';
import { formatMoment } from '../../../lib/i18n/format-time.ts';
// LiveKit (about 137 kB) comes with the pre-join step and the room, after the page's first
// paint; until then a box of the camera preview's shape holds its place, so nothing moves.
const RoomEntry = lazy(() => import('./room-entry.tsx').then((m) => ({ default: m.RoomEntry })));

// setTimeout holds at most ~24.8 days; a page open that long can ask again on focus.
const LONGEST_WAIT_MS = 2 ** 31 - 1;

/**
 * The video part of the session page: says plainly when there is no video or the room is not
 * open, and otherwise offers the pre-join step and the room (loaded on demand, with LiveKit).
 */
export function RoomRegion({ session }: { session: SessionDetails }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const status = useRoomStatus(session.id);
  const { refetch } = status;
  const nextChange =
    status.data?.phase === 'not-yet-open'
      ? status.data.opensAt
      : status.data?.phase === 'open'
        ? status.data.closesAt
        : undefined;

  // Ask again the moment the room opens or closes, so nobody has to reload the page.
  useEffect(() => {
    if (!nextChange) return;
    const wait = Math.min(Math.max(Date.parse(nextChange) - Date.now(), 0) + 1000, LONGEST_WAIT_MS);
    const timer = window.setTimeout(() => void refetch(), wait);
    return () => window.clearTimeout(timer);
  }, [nextChange, refetch]);

  if (status.isPending) return <Paragraph role="status">{t('room.video.loading')}</Paragraph>;
  if (status.isError) {
    return (
      <>
        <Alert type="error">{t('room.video.statusFailed')}</Alert>
        <Button onClick={() => void refetch()}>{t('app.retry')}</Button>
      </>
    );
  }
  const room = status.data;
  if (!room.videoAvailable) return <Alert type="info">{t('room.video.unavailable')}</Alert>;
  if (!room.mayJoin) return <Paragraph>{t('room.video.onlyParticipants')}</Paragraph>;
  if (room.phase === 'cancelled') return <Paragraph>{t('room.video.cancelled')}</Paragraph>;
  if (room.phase === 'closed') {
    return (
      <Paragraph>
        {t('room.video.closed', { time: formatMoment(room.closesAt, language) })}
      </Paragraph>
    );
  }
  return (
    <Suspense
      fallback={
        <div className="ods-room-placeholder">
          <Paragraph role="status">{t('room.video.loading')}</Paragraph>
        </div>
      }
    >
      <RoomEntry
        sessionId={session.id}
        open={room.phase === 'open'}
        opensAt={formatMoment(room.opensAt, language)}
      />
    </Suspense>
  );
}
