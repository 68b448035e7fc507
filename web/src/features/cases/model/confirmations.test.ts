import { describe, expect, it } from 'vitest';
import { scanPersonalData } from '@ods/shared/guard';
import { currentConfirmations, outstanding, withConfirmation } from './confirmations.ts';

const text = 'Bel mevrouw Jansen op 06-12345678; haar BSN is 111222333.';
const findings = scanPersonalData(text);
const phone = findings.find((f) => f.kind === 'phone')!;

describe('confirmations', () => {
  it('leaves only the unconfirmed warnings and every blocking finding outstanding', () => {
    const confirmed = withConfirmation([], phone, true);
    const left = outstanding(findings, confirmed);
    expect(left.blocking.map((f) => f.kind)).toEqual(['bsn']);
    expect(left.unconfirmed.map((f) => f.kind)).toEqual(['person-name']);
    expect(
      outstanding(findings, withConfirmation(confirmed, phone, false)).unconfirmed,
    ).toHaveLength(2);
  });

  it('sends only confirmations of warnings still in the text', () => {
    const confirmed = [
      { kind: 'phone' as const, text: '06-12345678' },
      { kind: 'email' as const, text: 'oud@example.nl' },
      { kind: 'bsn' as const, text: '111222333' },
    ];
    expect(currentConfirmations(confirmed, findings)).toEqual([confirmed[0]]);
  });
});
