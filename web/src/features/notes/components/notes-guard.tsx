import '../../cases/cases.css';
import type { Editor } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { Finding, PlacedFinding } from '@ods/shared/guard';
import { scanBlocks } from '../../../lib/guard/guard-client.ts';
import { GuardFindingsList } from '../../cases/components/guard-findings-list.tsx';
import { notesBlocks, readBetween } from '../model/notes-findings.ts';

/** How long typing must pause before the guard looks again (as in the case editor). */
const PAUSE_MS = 300;

/**
 * The guard's findings in the shared notes, under the editor. The scan runs in the guard's
 * worker (its name lists load there, after the editor): the findings show when it answers.
 */
export function NotesGuard({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const [findings, setFindings] = useState<PlacedFinding[]>([]);
  const scanNow = useRef<() => void>(() => undefined);
  useEffect(() => {
    let timer: number | undefined;
    let asked = 0;
    let active = true;
    const scan = () => {
      window.clearTimeout(timer);
      const request = ++asked;
      void scanBlocks(notesBlocks(editor.state.doc)).then((found) => {
        // Only the answer to the last request: an earlier one may arrive after it.
        if (active && request === asked) setFindings(found);
      });
    };
    const rescan = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(scan, PAUSE_MS);
    };
    // Every change of the document, however it came (typing, a paste, text inserted at once by
    // an input method or dictation, a change from someone else), not only those Tiptap reports
    // as an 'update': a transaction that carries `preventUpdate` changes the text all the same.
    const onTransaction = ({ transaction }: { transaction: { docChanged: boolean } }) => {
      if (transaction.docChanged) rescan();
    };
    scanNow.current = scan;
    scan();
    editor.on('transaction', onTransaction);
    return () => {
      active = false;
      window.clearTimeout(timer);
      editor.off('transaction', onTransaction);
    };
  }, [editor]);
  const fix = (finding: Finding) => {
    const placed = findings.find((f) => f === finding);
    if (!placed) return;
    // Only while the text there is still what was scanned (someone else may have typed).
    if (readBetween(editor.state.doc, placed.from, placed.to) !== placed.match) return;
    editor.chain().insertContentAt({ from: placed.from, to: placed.to }, placed.replacement).run();
    // The fixed finding goes at once; the others' positions come with the next answer.
    setFindings((current) => current.filter((f) => f !== placed));
    scanNow.current();
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
