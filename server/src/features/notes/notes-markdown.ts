import * as Y from 'yjs';
import { NOTES_FRAGMENT, plainText } from '../../domain/notes/notes-sections.ts';

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
