import './session-page.css';
import { lazy, startTransition, Suspense, useDeferredValue, useEffect, useState } from 'react';
import { useTranslation } from '../../lib/i18n/use-translation.ts';
import { useParams } from 'react-router';
import { ReportProblem } from '../../features/room/components/report-problem.tsx';
import { RoomRegion } from '../../features/room/components/room-region.tsx';
import { useRoomStatus } from '../../features/room/api/room-status.ts';
import { SessionAbout, SessionHeader } from '../../features/room/components/session-header.tsx';
import {
  SESSION_LAYOUTS,
  storedSessionLayout,
  storeSessionLayout,
  type SessionLayout,
} from '../../features/room/model/session-layout.ts';
import { ApiError } from '../../lib/api/api-error.ts';
import { useCurrentUser } from '../../lib/queries/session.ts';
import { useSessionDetails } from '../../lib/queries/session-details.ts';
import { PATHS } from '../../lib/routing/paths.ts';
import { Alert } from '../../lib/ui/alert.tsx';
import { Button } from '../../lib/ui/button.tsx';
import { Heading } from '../../lib/ui/heading.tsx';
import { Link } from '../../lib/ui/link.tsx';
import { PageHeading } from '../../lib/ui/page-heading.tsx';
import { Paragraph } from '../../lib/ui/paragraph.tsx';
import { RadioGroup } from '../../lib/ui/radio-group.tsx';
import { RegionErrorBoundary } from './region-error-boundary.tsx';

// The editor (Tiptap, Yjs, about 154 kB) loads with the notes region, not with the page.
const NotesPanel = lazy(() =>
  import('../../features/notes/components/notes-panel.tsx').then((m) => ({
    default: m.NotesPanel,
  })),
);

/**
 * True once the browser has had an idle moment after `ready` became true. The notes region
 * waits for it, so the video region's first paint (a phone shows it first) does not share the
 * network and the main thread with Tiptap and Yjs; it then renders as a transition, in slices.
 */
function useIdleAfter(ready: boolean): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!ready || idle) return;
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(() => startTransition(() => setIdle(true)), {
        timeout: 1000,
      });
      return () => window.cancelIdleCallback(handle);
    }
    const timer = window.setTimeout(() => startTransition(() => setIdle(true)), 0);
    return () => window.clearTimeout(timer);
  }, [ready, idle]);
  return idle;
}

/**
 * /sessies/:id: the session's title, its video room, and beside it the shared notes and phase
 * guide, then who takes part. Each region stands on its own, so the page works without video.
 * On a phone the regions stack with the video first; on a wide screen the participant chooses
 * which of the two gets the room (remembered per person in this browser).
 */
export function SessionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const session = useSessionDetails(id);
  // Asked at once, beside the session's details, for the video region to show without waiting.
  const roomStatus = useRoomStatus(id);
  const notesMayLoad = useIdleAfter(session.isSuccess && !roomStatus.isPending);
  // The page renders as a transition once its details are in (React splits it into short
  // slices), not in one long task that holds up a phone's main thread.
  const detailsReady = useDeferredValue(session.isSuccess);
  const personId = useCurrentUser()?.id ?? '';
  const [layout, setLayout] = useState<SessionLayout>(() => storedSessionLayout(personId));
  const chooseLayout = (chosen: SessionLayout) => {
    setLayout(chosen);
    storeSessionLayout(personId, chosen);
  };

  // The room's status is asked beside the details and is in as soon: waiting for it too keeps
  // the video region from growing from "loading" to its answer and pushing the notes down.
  if (session.isPending || roomStatus.isPending || (session.isSuccess && !detailsReady))
    return <Paragraph role="status">{t('app.loading')}</Paragraph>;
  if (session.isError) {
    const missing = session.error instanceof ApiError && [400, 404].includes(session.error.status);
    return (
      <>
        <PageHeading>
          {t(missing ? 'room.page.notFoundTitle' : 'room.page.loadErrorTitle')}
        </PageHeading>
        <Paragraph>{t(missing ? 'room.page.notFound' : 'room.page.loadError')}</Paragraph>
        {missing ? null : <Button onClick={() => void session.refetch()}>{t('app.retry')}</Button>}
        <Paragraph>
          <Link to={PATHS.sessions}>{t('room.page.backToSessions')}</Link>
        </Paragraph>
      </>
    );
  }
  const details = session.data;
  return (
    <>
      <SessionHeader session={details} />
      <div className="ods-session-layout-switch">
        <RadioGroup
          id="session-layout"
          legend={t('room.layout.legend')}
          options={SESSION_LAYOUTS.map((value) => ({ value, label: t(`room.layout.${value}`) }))}
          value={layout}
          onChange={chooseLayout}
        />
      </div>
      <div className={`ods-session-layout ods-session-layout--${layout}`}>
        <section aria-labelledby="session-video-heading" className="ods-session-video">
          <Heading level={2} id="session-video-heading">
            {t('room.video.heading')}
          </Heading>
          <RegionErrorBoundary fallback={<Alert type="error">{t('room.video.loadFailed')}</Alert>}>
            <RoomRegion session={details} />
          </RegionErrorBoundary>
        </section>
        {/* NOTES REGION: the shared notes and the phase guide (web/src/features/notes/). */}
        <aside
          aria-labelledby="session-notes-heading"
          className="ods-session-aside"
          data-region="notes"
        >
          <Heading level={2} id="session-notes-heading">
            {t('room.aside.heading')}
          </Heading>
          <RegionErrorBoundary fallback={<Alert type="error">{t('notes.loadFailed')}</Alert>}>
            {notesMayLoad ? (
              <Suspense fallback={<Paragraph role="status">{t('notes.connecting')}</Paragraph>}>
                <NotesPanel session={details} />
              </Suspense>
            ) : (
              <Paragraph role="status">{t('notes.connecting')}</Paragraph>
            )}
          </RegionErrorBoundary>
        </aside>
      </div>
      <SessionAbout session={details} />
      {details.myRole ? <ReportProblem sessionId={details.id} /> : null}
      <Paragraph>
        <Link to={PATHS.sessions}>{t('room.page.backToSessions')}</Link>
      </Paragraph>
    </>
  );
}
