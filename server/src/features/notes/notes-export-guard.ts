import { scanPersonalData } from '@ods/shared/guard/index';

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
  const findings = scanPersonalData(text);
  const blocking = findings.filter((f) => f.severity === 'block');
  let out = text;
  for (const f of [...blocking].reverse())
    out = out.slice(0, f.start) + f.replacement + out.slice(f.end);
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
