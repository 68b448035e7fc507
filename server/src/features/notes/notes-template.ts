import * as Y from 'yjs';
import { NOTES_FRAGMENT } from '../../domain/notes/notes-sections.ts';
import {
  CLOSING_LABELS,
  EXCHANGE_COLUMNS,
  methodPhase,
  methodPhases,
  type MethodOptions,
  type MethodPhase,
} from '@ods/shared/method/sparring-method';
import {
  initialPhaseState,
  PHASE_MAP_NAME,
  phaseStateEntries,
} from '@ods/shared/method/phase-state';

/** What the template needs to know about a session. */
export interface TemplateInput {
  options: MethodOptions;
  /** One row of the "over de schutting" table each, in order. */
  municipalities: string[];
  /** Advice lines of the group's previous session, for the look back. */
  previousAdvice: string[];
}

function text(value: string): Y.XmlText {
  const node = new Y.XmlText();
  if (value) node.insert(0, value);
  return node;
}

function element(name: string, children: (Y.XmlElement | Y.XmlText)[], attrs = {}): Y.XmlElement {
  const node = new Y.XmlElement(name);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value as string);
  node.insert(0, children);
  return node;
}

const paragraph = (value = '') => element('paragraph', [text(value)]);
const cell = (name: 'tableCell' | 'tableHeader', value = '') =>
  element(name, [paragraph(value)], { colspan: 1, rowspan: 1 });

function exchangeTable(municipalities: string[]): Y.XmlElement {
  const header = element(
    'tableRow',
    EXCHANGE_COLUMNS.map((column) => cell('tableHeader', column.nl)),
  );
  const rows = (municipalities.length > 0 ? municipalities : ['']).map((name) =>
    element('tableRow', [
      cell('tableCell', name),
      cell('tableCell'),
      cell('tableCell'),
      cell('tableCell'),
    ]),
  );
  return element('table', [header, ...rows]);
}

function sectionBody(phase: MethodPhase, input: TemplateInput): Y.XmlElement[] {
  switch (phase.id) {
    case 'terugblik':
      if (input.previousAdvice.length === 0) return [paragraph()];
      return [
        paragraph('Adviezen van de vorige keer — wat heb je ermee gedaan?'),
        element(
          'bulletList',
          input.previousAdvice.map((line) => element('listItem', [paragraph(line)])),
        ),
      ];
    case 'de-casus':
      return [paragraph('Vraag: ')];
    case 'over-de-schutting':
      return [exchangeTable(input.municipalities), paragraph()];
    case 'afronding':
      return CLOSING_LABELS.map((label) => paragraph(`${label.nl} `));
    default:
      return [paragraph()];
  }
}

/** The look-back section (heading and an empty paragraph), for when it is switched on later. */
export function lookBackBlocks(): Y.XmlElement[] {
  const phase = methodPhase('terugblik', 60);
  return [element('heading', [text(phase.title.nl)], { level: 2 }), paragraph()];
}

/**
 * The first content of a session's notes as one Yjs update: a heading and an empty body per
 * phase of the method, the exchange table with a row per municipality, and the phase state.
 * Written into the document on the server once; the editor never seeds itself.
 */
export function buildNotesTemplate(input: TemplateInput): Uint8Array {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment(NOTES_FRAGMENT);
  const blocks = methodPhases(input.options).flatMap((phase) => [
    element('heading', [text(phase.title.nl)], { level: 2 }),
    ...sectionBody(phase, input),
  ]);
  doc.transact(() => {
    fragment.insert(0, blocks);
    const map = doc.getMap(PHASE_MAP_NAME);
    for (const [key, value] of Object.entries(phaseStateEntries(initialPhaseState(input.options))))
      map.set(key, value);
  });
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}
