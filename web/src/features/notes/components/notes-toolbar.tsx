import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { Button } from '../../../lib/ui/button.tsx';

type ToolbarAction = {
  key: 'bold' | 'italic' | 'bulletList' | 'addRow' | 'undo' | 'redo';
  run: (editor: Editor) => boolean;
  active?: (editor: Editor) => boolean;
  enabled?: (editor: Editor) => boolean;
};

const ACTIONS: ToolbarAction[] = [
  {
    key: 'bold',
    run: (e) => e.chain().focus().toggleBold().run(),
    active: (e) => e.isActive('bold'),
  },
  {
    key: 'italic',
    run: (e) => e.chain().focus().toggleItalic().run(),
    active: (e) => e.isActive('italic'),
  },
  {
    key: 'bulletList',
    run: (e) => e.chain().focus().toggleBulletList().run(),
    active: (e) => e.isActive('bulletList'),
  },
  {
    key: 'addRow',
    run: (e) => e.chain().focus().addRowAfter().run(),
    enabled: (e) => e.can().addRowAfter(),
  },
  { key: 'undo', run: (e) => e.chain().focus().undo().run(), enabled: (e) => e.can().undo() },
  { key: 'redo', run: (e) => e.chain().focus().redo().run(), enabled: (e) => e.can().redo() },
];

/** Formatting, table and undo buttons; every one has a keyboard shortcut in the editor too. */
export function NotesToolbar({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) =>
      ACTIONS.map((action) => ({
        active: action.active?.(e) ?? false,
        enabled: action.enabled?.(e) ?? true,
      })),
  });
  return (
    <div role="toolbar" aria-label={t('notes.toolbar.label')} className="ods-notes-toolbar">
      {ACTIONS.map((action, index) => (
        <Button
          key={action.key}
          appearance="subtle"
          className="ods-notes-toolbar__button"
          aria-pressed={action.active ? (state[index]?.active ?? false) : undefined}
          disabled={!(state[index]?.enabled ?? true)}
          onClick={() => action.run(editor)}
        >
          {t(`notes.toolbar.${action.key}` as const)}
        </Button>
      ))}
    </div>
  );
}
