import * as Y from 'yjs';
import { NOTES_FRAGMENT } from '../../domain/notes/notes-sections.ts';

/**
 * The notes of the demo session that just ended, as the editor leaves them (a heading per
 * phase, the exchange table), stored as a Yjs V2 update. Fictional throughout.
 */
export function demoNotesSnapshot(): Uint8Array {
  const doc = new Y.Doc();
  const text = (value: string) => {
    const node = new Y.XmlText();
    node.insert(0, value);
    return node;
  };
  const element = (name: string, children: (Y.XmlElement | Y.XmlText)[]) => {
    const node = new Y.XmlElement(name);
    node.insert(0, children);
    return node;
  };
  const paragraph = (value: string) => element('paragraph', [text(value)]);
  const row = (name: 'tableHeader' | 'tableCell', cells: string[]) =>
    element(
      'tableRow',
      cells.map((c) => element(name, [paragraph(c)])),
    );
  doc
    .getXmlFragment(NOTES_FRAGMENT)
    .insert(0, [
      element('heading', [text('Opening')]),
      paragraph('Kennismaking: ieder vertelt kort over de eigen gemeente.'),
      element('heading', [text('De casus')]),
      paragraph('Vraag: Hoe houd je een gezin met schulden vast tijdens de wachttijd?'),
      element('heading', [text('Over de schutting')]),
      element('table', [
        row('tableHeader', ['Gemeente', 'Aanpak', 'Instrumenten', 'Wat werkt']),
        row('tableCell', ['Grote gemeente', 'Vast intaketeam', 'Budgetcoach', 'Snel terugbellen']),
        row('tableCell', ['Kleine gemeente', 'Huisbezoek', 'Korte lijnen', 'Geen wachtlijst']),
      ]),
      element('heading', [text('Adviezen en inzichten')]),
      paragraph('Inzicht: de intake is de flessenhals, niet de hulp zelf'),
      paragraph('Bel binnen drie werkdagen terug na de aanmelding'),
      element('heading', [text('Afronding')]),
      paragraph('Ik neem mee: minder formulieren bij de eerste afspraak'),
      paragraph('Vervolg: de checklist voor de intake wordt gedeeld'),
    ]);
  const snapshot = Y.encodeStateAsUpdateV2(doc);
  doc.destroy();
  return snapshot;
}
