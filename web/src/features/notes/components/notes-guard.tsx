import '../../cases/cases.css';
import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { Finding, PlacedFinding } from '@ods/shared/guard';
import { GuardFindingsList } from '../../cases/components/guard-findings-list.tsx';
import { notesFindings, readBetween } from '../model/notes-findings.ts';

/** How long typing must pause before the guard looks again (as in the case editor). */
const PAUSE_MS = 300;

export function NotesGuard({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const [findings, setFindings] = useState<PlacedFinding[]>(() => notesFindings(editor.state.doc));
  useEffect(() => {
    let timer: number | undefined;
    const rescan = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setFindings(notesFindings(editor.state.doc)), PAUSE_MS);
    };
    editor.on('update', rescan);
    return () => {
      window.clearTimeout(timer);
      editor.off('update', rescan);
    };
  }, [editor]);
  const fix = (finding: Finding) => {
    const placed = findings.find((f) => f === finding);
    if (!placed) return;
    // Only while the text there is still what was scanned (someone else may have typed).
    if (readBetween(editor.state.doc, placed.from, placed.to) !== placed.match) return;
    editor.chain().insertContentAt({ from: placed.from, to: placed.to }, placed.replacement).run();
    setFindings(notesFindings(editor.state.doc));
  };
  return (
    <GuardFindingsList
      fieldId="notes-guard"
      fieldLabel={t('notes.editor.heading')}
      findings={findings}
      confirmed={[]}
      onFix={fix}
      onConfirm={() => undefined}
      confirmable={false}
    />
  );
}
