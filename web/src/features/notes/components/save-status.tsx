import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { NotesConnection } from '../hooks/use-notes-connection.ts';

/** "Opgeslagen" once the server has stored every change; says so while offline. */
export function SaveStatus({ connection }: { connection: NotesConnection }) {
  const { t } = useTranslation();
  type Key = 'connecting' | 'offlinePending' | 'offline' | 'saving' | 'saved';
  let key: Key = 'connecting';
  if (connection.status === 'offline') key = connection.unsaved > 0 ? 'offlinePending' : 'offline';
  else if (connection.status === 'connected' && connection.synced)
    key = connection.unsaved > 0 ? 'saving' : 'saved';
  return (
    <p
      className="utrecht-paragraph utrecht-paragraph--small ods-notes-save"
      role="status"
      data-save-state={key}
    >
      {t(`notes.save.${key}` as const)}
    </p>
  );
}
