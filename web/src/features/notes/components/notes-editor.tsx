import type { HocuspocusProvider } from '@hocuspocus/provider';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { TableKit } from '@tiptap/extension-table';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type * as Y from 'yjs';
import { personColour } from '../model/close-messages.ts';
import { NotesGuard } from './notes-guard.tsx';
import { NotesToolbar } from './notes-toolbar.tsx';

type NotesEditorProps = {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  me: { userId: string; name: string };
  editable: boolean;
};

/**
 * The shared rich-text notes. The content comes only from the Yjs document (the server wrote
 * the template into it); the editor is never seeded from JSON. Undo is per person: the
 * Collaboration extension's Yjs undo manager only undoes this person's own changes.
 */
export function NotesEditor({ doc, provider, me, editable }: NotesEditorProps) {
  const { t } = useTranslation();
  const editor = useEditor(
    {
      editable,
      extensions: [
        StarterKit.configure({ undoRedo: false }),
        TableKit.configure({ table: { resizable: false } }),
        Collaboration.configure({ document: doc }),
        CollaborationCaret.configure({
          provider,
          user: { name: me.name, color: personColour(me.userId) },
        }),
      ],
      editorProps: {
        attributes: {
          class: 'ods-notes-editor__content',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': t('notes.editor.label'),
        },
      },
    },
    [doc, provider],
  );

  useEffect(() => {
    editor?.setEditable(editable);
  }, [editor, editable]);

  return (
    <div className="ods-notes-editor">
      {editable && editor ? <NotesToolbar editor={editor} /> : null}
      <EditorContent editor={editor} />
      {editable && editor ? <NotesGuard editor={editor} /> : null}
    </div>
  );
}
