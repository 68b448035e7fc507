import { findAddress } from './detectors/address.ts';
import { findBsn } from './detectors/bsn.ts';
import { findDateOfBirth } from './detectors/date-of-birth.ts';
import { findEmail } from './detectors/email.ts';
import { findIban } from './detectors/iban.ts';
import { findLicencePlate } from './detectors/licence-plate.ts';
import { findPersonName } from './detectors/person-name.ts';
import { findPhone } from './detectors/phone.ts';
import { REASONS, REPLACEMENTS } from './messages.ts';
import type { Candidate, Detector, Finding, FindingKind, ScanOptions, Severity } from './types.ts';

const DETECTORS: Record<FindingKind, Detector> = {
  bsn: findBsn,
  iban: findIban,
  phone: findPhone,
  email: findEmail,
  address: findAddress,
  'date-of-birth': findDateOfBirth,
  'licence-plate': findLicencePlate,
  'person-name': findPersonName,
};

const BLOCKING_KINDS: ReadonlySet<FindingKind> = new Set(['bsn', 'iban']);

function severityOf(kind: FindingKind): Severity {
  return BLOCKING_KINDS.has(kind) ? 'block' : 'warn';
}

/** Where findings overlap (digits of an IBAN also look like a phone number), the blocking and then the longer one wins. */
function outranks(a: Candidate, b: Candidate): boolean {
  const blockA = BLOCKING_KINDS.has(a.kind) ? 1 : 0;
  const blockB = BLOCKING_KINDS.has(b.kind) ? 1 : 0;
  if (blockA !== blockB) return blockA > blockB;
  return a.end - a.start > b.end - b.start;
}

function withoutOverlaps(candidates: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const candidate of candidates) {
    const overlapping = kept.filter((k) => k.start < candidate.end && candidate.start < k.end);
    if (overlapping.every((k) => outranks(candidate, k))) {
      for (const k of overlapping) kept.splice(kept.indexOf(k), 1);
      kept.push(candidate);
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Finds personal data in free text: BSNs and IBANs that pass their checksum (severity 'block'),
 * and phone numbers, e-mail addresses, addresses, dates of birth, licence plates and names
 * introduced as such (severity 'warn'). Pure and fast enough to run on every pause in typing.
 * Offsets are UTF-16 indices into `text`, sorted by position, never overlapping.
 */
export function scanPersonalData(text: string, options: ScanOptions = {}): Finding[] {
  const kinds = options.kinds ?? (Object.keys(DETECTORS) as FindingKind[]);
  const confirmed = new Set(options.confirmedFictional ?? []);
  const candidates = kinds.flatMap((kind) => DETECTORS[kind](text));
  return withoutOverlaps(candidates)
    .map((c): Finding => ({
      kind: c.kind,
      start: c.start,
      end: c.end,
      match: text.slice(c.start, c.end),
      severity: severityOf(c.kind),
      reason: REASONS[c.kind],
      replacement: c.replacement ?? REPLACEMENTS[c.kind],
    }))
    .filter((f) => f.severity === 'block' || !confirmed.has(f.match));
}
