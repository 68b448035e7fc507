import { scanPieces, type ReadablePiece } from '@ods/shared/guard/index';

// What notes-markdown.ts escapes with a backslash: the escaped character is text, the rest markup.
const ESCAPED = new Set(['\\', '`', '*', '_', '[', ']', '#', '|', '<', '>']);
const MARKS = new Set(['*', '_', '`', '~']);

/**
 * The notes' Markdown as a person reads it: without the marks of bold, italics, strike-through
 * and code, and escapes read as their character, so 'BSN 111 **222** 333' is one number and
 * 'Jan **de** Vries' one name; a table cell's '<br>' reads as a line break.
 */
export function markdownPieces(markdown: string): ReadablePiece[] {
  const pieces: ReadablePiece[] = [];
  let from = 0;
  const flush = (to: number) => {
    if (to > from) pieces.push({ text: markdown.slice(from, to), at: from });
  };
  let i = 0;
  while (i < markdown.length) {
    const ch = markdown.charAt(i);
    if (ch === '\\' && ESCAPED.has(markdown.charAt(i + 1))) {
      flush(i);
      from = i + 1;
      i += 2;
    } else if (markdown.startsWith('<br>', i)) {
      flush(i);
      pieces.push({ text: '\n', at: i });
      i += 4;
      from = i;
    } else if (MARKS.has(ch)) {
      flush(i);
      i += 1;
      from = i;
    } else i += 1;
  }
  flush(markdown.length);
  return pieces;
}

/** What the guard did to an exported text: blocking data replaced, warnings counted. */
export interface GuardedExport {
  text: string;
  replaced: number;
  warnings: number;
}

/**
 * The personal-data guard on a text that leaves the app as a file: valid BSNs and IBANs are
 * replaced by their placeholder ('[BSN]', '[IBAN]'), since they may never leave; what only may
 * be personal data stays, and a notice at the top says how much of it the guard found.
 */
export function guardExport(text: string): GuardedExport {
  const findings = scanPieces(markdownPieces(text));
  const blocking = findings.filter((f) => f.severity === 'block');
  let out = text;
  for (const f of [...blocking].reverse())
    out = out.slice(0, f.from) + f.replacement + out.slice(f.to);
  const warnings = findings.length - blocking.length;
  const notice: string[] = [];
  if (blocking.length > 0)
    notice.push(
      `${blocking.length} geldig(e) burgerservicenummer(s) of IBAN('s) vervangen door [BSN] of [IBAN]`,
    );
  if (warnings > 0)
    notice.push(
      `${warnings} mogelijk(e) persoonsgegeven(s) gevonden (namen, telefoonnummers, adressen, …): controleer ze voordat je dit bestand deelt`,
    );
  if (notice.length === 0) return { text: out, replaced: 0, warnings: 0 };
  // Under the title, where a reader looks first.
  const block = `> Controle op persoonsgegevens: ${notice.join('; ')}.\n\n`;
  const titleEnd = out.startsWith('# ') ? out.indexOf('\n\n') + 2 : 0;
  const at = titleEnd >= 2 ? titleEnd : 0;
  return { text: out.slice(0, at) + block + out.slice(at), replaced: blocking.length, warnings };
}
