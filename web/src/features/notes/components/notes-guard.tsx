import '../../cases/cases.css';
import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { scanPersonalData, type Finding } from '@ods/shared/guard';
import { GuardFindingsList } from '../../cases/components/guard-findings-list.tsx';

/** How long typing must pause before the guard looks again (as in the case editor). */
const PAUSE_MS = 300;

type PlacedFinding = Finding & { from: number; to: number };

/**
 * Where the personal-data guard finds something in the shared notes, as editor positions: each
 * run of text is scanned (a paragraph, heading or table cell, split where its formatting
 * changes, so a name half in bold is missed), so a finding can be replaced in place with one
 * click before a summary draft is made from the notes.
 */
export function notesFindings(editor: Editor): PlacedFinding[] {
  const found: PlacedFinding[] = [];
  editor.state.doc.descendants((node, pos) => {
    if (!node.isText || !node.text) return true;
    for (const f of scanPersonalData(node.text))
      found.push({ ...f, from: pos + f.start, to: pos + f.end });
    return false;
  });
  return found;
}

export function NotesGuard({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const [findings, setFindings] = useState<PlacedFinding[]>(() => notesFindings(editor));
  useEffect(() => {
    let timer: number | undefined;
    const rescan = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setFindings(notesFindings(editor)), PAUSE_MS);
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
    if (editor.state.doc.textBetween(placed.from, placed.to) !== placed.match) return;
    editor.chain().insertContentAt({ from: placed.from, to: placed.to }, placed.replacement).run();
    setFindings(notesFindings(editor));
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
