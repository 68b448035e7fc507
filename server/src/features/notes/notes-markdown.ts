import * as Y from 'yjs';
import {
  METHOD_LENGTHS,
  methodPhase,
  PHASE_IDS,
  type PhaseId,
} from '@ods/shared/method/sparring-method';
import { NOTES_FRAGMENT } from './notes-template.ts';

type Node = Y.XmlElement | Y.XmlText;

interface DeltaPart {
  insert?: unknown;
  attributes?: Record<string, unknown>;
}

/** Escapes the characters Markdown would read as formatting. */
function escapeMarkdown(value: string): string {
  return value.replace(/([\\`*_[\]#|<>])/g, '\\$1');
}

function inlineMarkdown(node: Y.XmlText): string {
  return (node.toDelta() as DeltaPart[])
    .map((part) => {
      if (typeof part.insert !== 'string') return '';
      let out = escapeMarkdown(part.insert);
      const marks = part.attributes ?? {};
      if (marks.code) out = `\`${part.insert.replace(/`/g, "'")}\``;
      if (marks.bold) out = `**${out}**`;
      if (marks.italic) out = `_${out}_`;
      if (marks.strike) out = `~~${out}~~`;
      return out;
    })
    .join('');
}

/** The plain text of a node and its children (no formatting). */
export function plainText(node: Node): string {
  if (node instanceof Y.XmlText)
    return (node.toDelta() as DeltaPart[])
      .map((part) => (typeof part.insert === 'string' ? part.insert : ''))
      .join('');
  return node
    .toArray()
    .map((child) => plainText(child as Node))
    .join(node.nodeName === 'paragraph' ? '' : '\n')
    .trim();
}

function inline(node: Y.XmlElement): string {
  return node
    .toArray()
    .map((child) =>
      child instanceof Y.XmlText
        ? inlineMarkdown(child)
        : child instanceof Y.XmlElement && child.nodeName === 'hardBreak'
          ? '  \n'
          : '',
    )
    .join('');
}

function tableRows(table: Y.XmlElement): string[][] {
  return table.toArray().map((row) =>
    (row as Y.XmlElement).toArray().map((cell) =>
      (cell as Y.XmlElement)
        .toArray()
        .map((block) => inline(block as Y.XmlElement))
        .join('<br>'),
    ),
  );
}

function tableMarkdown(table: Y.XmlElement): string {
  const rows = tableRows(table);
  const width = Math.max(...rows.map((row) => row.length), 1);
  const line = (cells: string[]) =>
    `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
  const [header = [], ...body] = rows;
  return [line(header), line(Array.from({ length: width }, () => '---')), ...body.map(line)].join(
    '\n',
  );
}

function blockMarkdown(node: Y.XmlElement, indent = ''): string {
  switch (node.nodeName) {
    case 'heading': {
      const level = Number(node.getAttribute('level') ?? 2);
      return `${'#'.repeat(Math.min(Math.max(level, 1), 6))} ${inline(node)}`;
    }
    case 'paragraph':
      return indent + inline(node);
    case 'bulletList':
    case 'orderedList':
      return node
        .toArray()
        .map((item, index) => {
          const marker = node.nodeName === 'bulletList' ? '-' : `${index + 1}.`;
          const [first, ...rest] = (item as Y.XmlElement)
            .toArray()
            .map((child) => blockMarkdown(child as Y.XmlElement, `${indent}   `).trimStart());
          return [`${indent}${marker} ${first ?? ''}`, ...rest.map((r) => `${indent}   ${r}`)].join(
            '\n',
          );
        })
        .join('\n');
    case 'blockquote':
      return node
        .toArray()
        .map((child) => `> ${blockMarkdown(child as Y.XmlElement)}`)
        .join('\n');
    case 'codeBlock':
      return `\`\`\`\n${plainText(node)}\n\`\`\``;
    case 'horizontalRule':
      return '---';
    case 'table':
      return tableMarkdown(node);
    default:
      return inline(node);
  }
}

/** The notes as Markdown: headings, lists, marks, and the exchange table with all its rows. */
export function notesToMarkdown(doc: Y.Doc, title: string): string {
  const blocks = doc
    .getXmlFragment(NOTES_FRAGMENT)
    .toArray()
    .filter((node): node is Y.XmlElement => node instanceof Y.XmlElement)
    .map((node) => blockMarkdown(node));
  return `# ${escapeMarkdown(title)}\n\n${blocks.join('\n\n').replace(/\n{3,}/g, '\n\n')}\n`;
}

/** Which phase a heading names, in Dutch or English, whatever the session length. */
export function phaseOfHeading(heading: string): PhaseId | undefined {
  const wanted = heading.trim().toLowerCase();
  return PHASE_IDS.find((id) =>
    METHOD_LENGTHS.some((length) => {
      const { title } = methodPhase(id, length);
      return title.nl.toLowerCase() === wanted || title.en.toLowerCase() === wanted;
    }),
  );
}

/** A row of the exchange table, as the summary uses it. */
export interface NotesTableRow {
  municipality: string;
  approach: string;
  tools: string;
  whatWorks: string;
}

/**
 * The notes as plain data, one section per heading (the phase id when the heading names a
 * phase) and the rows of the exchange table: the input of the summary draft.
 */
export function notesToSections(doc: Y.Doc): {
  sections: { phase: string; text: string }[];
  table: NotesTableRow[];
} {
  const sections: { phase: string; text: string }[] = [];
  const table: NotesTableRow[] = [];
  for (const node of doc.getXmlFragment(NOTES_FRAGMENT).toArray()) {
    if (!(node instanceof Y.XmlElement)) continue;
    if (node.nodeName === 'heading') {
      const heading = plainText(node);
      sections.push({ phase: phaseOfHeading(heading) ?? heading, text: '' });
    } else if (node.nodeName === 'table') {
      const rows = node.toArray().slice(1) as Y.XmlElement[];
      for (const row of rows) {
        const [municipality = '', approach = '', tools = '', whatWorks = ''] = row
          .toArray()
          .map((c) => plainText(c as Y.XmlElement));
        table.push({ municipality, approach, tools, whatWorks });
      }
    } else {
      const section = sections.at(-1) ?? sections[sections.push({ phase: '', text: '' }) - 1]!;
      const body = plainText(node);
      section.text = section.text ? `${section.text}\n${body}` : body;
    }
  }
  return { sections, table };
}
