import { Link as PlainLink } from '@utrecht/link-react';
import { useRef } from 'react';
import '../notes.css';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { SessionDetails } from '@ods/shared/api/sessions';
import { notesMarkdownPath } from '@ods/shared/notes/paths';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Heading } from '../../../lib/ui/heading.tsx';
import { Link } from '../../../lib/ui/link.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { useCurrentUser } from '../../../lib/queries/session.ts';
import { useNotesConnection } from '../hooks/use-notes-connection.ts';
import { usePhaseState, useServerNow } from '../hooks/use-phase-state.ts';
import { useStartWhenShown } from '../hooks/use-start-when-shown.ts';
import { useTurnAwaySignal } from '../hooks/use-turn-away-signal.ts';
import { notesPrintPath } from '../notes-paths.ts';
import { NotesEditor } from './notes-editor.tsx';
import { PhaseGuide } from './phase-guide.tsx';
import { PresenceList } from './presence-list.tsx';
import { SaveStatus } from './save-status.tsx';

type NotesPanelProps = { session: SessionDetails };
type Me = { me: { userId: string; name: string } };

/**
 * The session's shared notes with the phase guide, presence and save state: the contents of
 * the session page's notes region. Coordinators looking on get a short explanation instead.
 */
export function NotesPanel({ session }: NotesPanelProps) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  if (!session.myRole) return <Paragraph>{t('notes.forParticipantsOnly')}</Paragraph>;
  if (!user) return <Paragraph role="status">{t('notes.connecting')}</Paragraph>;
  return <ConnectedNotes session={session} me={{ userId: user.id, name: user.name }} />;
}

function ConnectedNotes({ session, me }: NotesPanelProps & Me) {
  const { t } = useTranslation();
  const connection = useNotesConnection(session.id, me);
  if (!connection) return <Paragraph role="status">{t('notes.connecting')}</Paragraph>;
  return <NotesBody session={session} me={me} connection={connection} />;
}

function NotesBody({
  session,
  me,
  connection,
}: NotesPanelProps & Me & { connection: NonNullable<ReturnType<typeof useNotesConnection>> }) {
  const { t } = useTranslation();
  const phase = usePhaseState(connection.doc);
  const now = useServerNow(connection.clockOffset);
  useTurnAwaySignal(session.id, phase);
  const documentRef = useRef<HTMLElement>(null);
  const startEditor = useStartWhenShown(documentRef);
  const stopped = connection.closed?.action === 'stop';
  const editable = !connection.readOnly && !stopped;
  return (
    <div className="ods-notes">
      {connection.closed ? (
        <Alert type={stopped ? 'error' : 'warning'} role="alert">
          {t(`notes.closed.${connection.closed.reason}`)}
        </Alert>
      ) : null}
      <PhaseGuide
        provider={connection.provider}
        state={phase}
        now={now}
        isFacilitator={session.myRole === 'facilitator'}
        readOnly={connection.readOnly}
      />
      <PresenceList provider={connection.provider} />
      <section
        ref={documentRef}
        aria-labelledby="notes-editor-heading"
        className="ods-notes__document"
      >
        <Heading level={3} id="notes-editor-heading">
          {t('notes.editor.heading')}
        </Heading>
        {connection.readOnly ? <Paragraph small>{t('notes.readOnly')}</Paragraph> : null}
        <SaveStatus connection={connection} />
        {connection.loaded && startEditor ? (
          <NotesEditor
            doc={connection.doc}
            provider={connection.provider}
            me={me}
            editable={editable}
          />
        ) : (
          <Paragraph role="status">{t('notes.connecting')}</Paragraph>
        )}
      </section>
      <Paragraph small className="ods-notes__export">
        <PlainLink href={notesMarkdownPath(session.id)} download>
          {t('notes.export.markdown')}
        </PlainLink>{' '}
        · <Link to={notesPrintPath(session.id)}>{t('notes.export.print')}</Link>
      </Paragraph>
    </div>
  );
}
