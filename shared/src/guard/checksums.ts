import { electronicFormatIBAN, isValidIBAN } from 'ibantools';

/**
 * The 11-test ('elfproef') of a Dutch citizen service number: nine digits d1..d9 with
 * 9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11. All zeros is not a number anyone has.
 */
export function passesElfproef(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || digits === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/** Whether a written IBAN (any case, spaces or dashes allowed) has a valid country format and check digits. */
export function isValidWrittenIban(written: string): boolean {
  const electronic = electronicFormatIBAN(written.toUpperCase());
  return electronic !== null && isValidIBAN(electronic);
}
