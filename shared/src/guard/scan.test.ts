import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyReplacement, blockingFindings, scanPersonalData } from './index.ts';
import { LABELLED_SET } from './labelled-set.ts';

describe('scanPersonalData', () => {
  it('reports offsets into the text, a severity, a reason in both languages and a fix', () => {
    const text = 'Haar BSN is 111222333 en ze belt vanaf 06-12345678.';
    const [bsn, phone] = scanPersonalData(text);
    expect(bsn).toMatchObject({
      kind: 'bsn',
      start: 12,
      end: 21,
      match: '111222333',
      severity: 'block',
      replacement: '[BSN]',
    });
    expect(bsn?.reason.nl).toMatch(/elfproef/);
    expect(bsn?.reason.en).toMatch(/11-test/);
    expect(phone).toMatchObject({
      kind: 'phone',
      severity: 'warn',
      replacement: '[telefoonnummer]',
    });
    expect(text.slice(phone?.start, phone?.end)).toBe('06-12345678');
  });

  it('counts offsets in UTF-16 code units, as the editor does', () => {
    const text = '😀 Zij 👩‍👧 heeft BSN 111222333.';
    const [finding] = scanPersonalData(text);
    expect(finding && text.slice(finding.start, finding.end)).toBe('111222333');
  });

  it('only blocks on BSNs and IBANs that pass their checksum', () => {
    const findings = scanPersonalData(
      'BSN 111222333, IBAN NL20INGB0001234567, mail a@b.nl, BSN 123456789.',
    );
    expect(blockingFindings(findings).map((f) => f.kind)).toEqual(['bsn', 'iban']);
    expect(findings.map((f) => f.severity)).toEqual(['block', 'block', 'warn']);
  });

  it('keeps the form of address in the fix for a name', () => {
    const [finding] = scanPersonalData('Daarna belde de heer De Vries.');
    expect(finding?.replacement).toBe('de heer A.');
  });

  it('leaves out warnings the writer confirmed as fictional, never a valid BSN', () => {
    const text = 'Bel 06-12345678 of gebruik BSN 111222333.';
    const findings = scanPersonalData(text, { confirmedFictional: ['06-12345678', '111222333'] });
    expect(findings.map((f) => f.kind)).toEqual(['bsn']);
  });

  it('can look for some kinds only', () => {
    const findings = scanPersonalData('Mevrouw Jansen, BSN 111222333.', { kinds: ['person-name'] });
    expect(findings.map((f) => f.kind)).toEqual(['person-name']);
  });

  it('returns findings sorted, not overlapping and matching the text, for any input', () => {
    const piece = fc.constantFrom(
      'BSN 111222333',
      'NL20 INGB 0001 2345 67',
      '06-12345678',
      ' ',
      '-',
      '1',
      'a',
      'Kerkstraat 1',
      'mevrouw Jansen',
      '€ 1.250,00',
      '.',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        const findings = scanPersonalData(text);
        findings.forEach((f, i) => {
          expect(text.slice(f.start, f.end)).toBe(f.match);
          if (i > 0) expect(f.start).toBeGreaterThanOrEqual(findings[i - 1]?.end ?? 0);
        });
      }),
    );
  });
});

describe('applyReplacement', () => {
  it('puts the suggested fix in place of the match', () => {
    const text = 'Haar BSN is 111222333.';
    const [finding] = scanPersonalData(text);
    expect(finding && applyReplacement(text, finding)).toBe('Haar BSN is [BSN].');
  });

  it('finds the match again when the writer typed before it since the scan', () => {
    const [finding] = scanPersonalData('BSN 111222333');
    expect(finding && applyReplacement('Haar BSN 111222333', finding)).toBe('Haar BSN [BSN]');
    expect(finding && applyReplacement('Haar BSN is weg', finding)).toBe('Haar BSN is weg');
  });

  it('leaves nothing to find once every suggested fix is applied', () => {
    for (const { text } of LABELLED_SET) {
      const fixed = scanPersonalData(text).reduceRight(
        (current, f) => applyReplacement(current, f),
        text,
      );
      expect(scanPersonalData(fixed), fixed).toEqual([]);
    }
  });
});
