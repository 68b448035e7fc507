import '../notes.css';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { useParams } from 'react-router';
import { useCurrentUser } from '../../../lib/queries/session.ts';
import { useSessionDetails } from '../../../lib/queries/session-details.ts';
import { Button } from '../../../lib/ui/button.tsx';
import { PageHeading } from '../../../lib/ui/page-heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { useNotesConnection } from '../hooks/use-notes-connection.ts';
import { NotesEditor } from './notes-editor.tsx';

/** /sessies/:id/notities: the notes on their own, read-only, laid out for printing. */
export function NotesPrintPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const session = useSessionDetails(id);
  const user = useCurrentUser();
  if (session.isPending || !user) return <Paragraph role="status">{t('app.loading')}</Paragraph>;
  if (session.isError || !session.data.myRole)
    return (
      <>
        <PageHeading>{t('notes.print.title')}</PageHeading>
        <Paragraph>{t('notes.forParticipantsOnly')}</Paragraph>
      </>
    );
  const details = session.data;
  const day = new Date(details.startsAt).toLocaleDateString(i18n.language, { dateStyle: 'long' });
  return (
    <div className="ods-notes-print">
      <PageHeading>
        {t('notes.print.heading', {
          topic: details.topic.name[i18n.language.startsWith('en') ? 'en' : 'nl'],
          day,
        })}
      </PageHeading>
      <div className="ods-notes-print__actions">
        <Button appearance="primary" onClick={() => window.print()}>
          {t('notes.print.button')}
        </Button>
      </div>
      <PrintableNotes sessionId={details.id} me={{ userId: user.id, name: user.name }} />
    </div>
  );
}

function PrintableNotes({
  sessionId,
  me,
}: {
  sessionId: string;
  me: { userId: string; name: string };
}) {
  const { t } = useTranslation();
  const connection = useNotesConnection(sessionId, me);
  if (!connection?.loaded) return <Paragraph role="status">{t('notes.connecting')}</Paragraph>;
  return (
    <NotesEditor doc={connection.doc} provider={connection.provider} me={me} editable={false} />
  );
}
