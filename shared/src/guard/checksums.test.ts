import fc from 'fast-check';
import { composeIBAN } from 'ibantools';
import { describe, expect, it } from 'vitest';
import { isValidWrittenIban, passesElfproef } from './checksums.ts';

describe('passesElfproef', () => {
  it('accepts numbers that pass the 11-test, including a leading zero', () => {
    for (const bsn of ['111222333', '123456782', '012345672', '100000009'])
      expect(passesElfproef(bsn)).toBe(true);
  });

  it('rejects numbers failing the 11-test, all zeros and anything not nine digits', () => {
    for (const value of [
      '123456789',
      '111222334',
      '000000000',
      '11122233',
      '1112223330',
      '11122233a',
    ]) {
      expect(passesElfproef(value)).toBe(false);
    }
  });

  it('catches every single-digit typo in a valid number', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 9 }),
        (position, delta) => {
          const digits = [...'111222333'].map(Number);
          digits[position] = ((digits[position] ?? 0) + delta) % 10;
          expect(passesElfproef(digits.join(''))).toBe(false);
        },
      ),
    );
  });
});

describe('isValidWrittenIban', () => {
  it('accepts Dutch and foreign IBANs in any case, with spaces or dashes', () => {
    for (const iban of [
      'NL20INGB0001234567',
      'nl20 ingb 0001 2345 67',
      'NL20-INGB-0001-2345-67',
      'BE68 5390 0754 7034',
    ]) {
      expect(isValidWrittenIban(iban)).toBe(true);
    }
  });

  it('rejects wrong check digits and wrong lengths', () => {
    for (const iban of ['NL21INGB0001234567', 'NL20INGB000123456', 'XX20INGB0001234567']) {
      expect(isValidWrittenIban(iban)).toBe(false);
    }
  });

  it('accepts any Dutch account number once the check digits are computed', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z]{4}\d{10}$/), (bban) => {
        const iban = composeIBAN({ countryCode: 'NL', bban });
        expect(iban !== null && isValidWrittenIban(iban)).toBe(true);
      }),
    );
  });
});
