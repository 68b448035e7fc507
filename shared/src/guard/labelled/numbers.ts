import { s } from './sentence.ts';

// Test numbers only. The BSNs were chosen to pass (or, in the look-alikes, to fail) the 11-test;
// the Dutch IBANs were generated for this set with correct check digits (NL + check digits + bank
// code + made-up account number); the foreign IBANs are the published example numbers of the
// IBAN registry. Any match with a real person's number is coincidence.
export const BSN_SENTENCES = [
  s('Haar BSN is 111222333, dat staat ook op de beschikking.', ['bsn', '111222333']),
  s('Het burgerservicenummer van de vader (123.456.782) stond per ongeluk in de mail.', [
    'bsn',
    '123.456.782',
  ]),
  s('In het dossier staat bij de zoon BSN 1000 00 009.', ['bsn', '1000 00 009']),
  s('Cliënt gaf haar pas af met nummer 314 159 265 erop.', ['bsn', '314 159 265']),
  s('bsn: 012345672', ['bsn', '012345672']),
  s('De aanvraag kwam binnen onder bsn 135792460 en ging door naar de consulent.', [
    'bsn',
    '135792460',
  ]),
  s('Noteer 555.666.773 als sofinummer van de partner.', ['bsn', '555.666.773']),
  s('De school stuurde een lijst met leerlingen, waaronder 192837461, zonder versleuteling.', [
    'bsn',
    '192837461',
  ]),
  s('BSN moeder: 271828183; BSN kind: 102030406.', ['bsn', '271828183'], ['bsn', '102030406']),
  s('Zijn BSN (998877669) kwam in het verslag van het MDO terecht.', ['bsn', '998877669']),
  s('Ik heb 8080 80 805 nagevraagd in de BRP.', ['bsn', '8080 80 805']),
  s('Burgerservicenummer 454545459 hoort bij de aanvrager van de bijzondere bijstand.', [
    'bsn',
    '454545459',
  ]),
  s('Het nummer 121.212.129 is gekoppeld aan de schuldregeling.', ['bsn', '121.212.129']),
  s('BSN 313131314.', ['bsn', '313131314']),
  s('In de melding van Veilig Thuis stond 606 060 601 als BSN van het kind.', [
    'bsn',
    '606 060 601',
  ]),
  s(
    'Graag 223344552 en 667788992 verwijderen uit het systeem.',
    ['bsn', '223344552'],
    ['bsn', '667788992'],
  ),
];

export const IBAN_SENTENCES = [
  s('Het geld moet naar NL20 INGB 0001 2345 67 worden overgemaakt.', [
    'iban',
    'NL20 INGB 0001 2345 67',
  ]),
  s('Rekeningnummer: NL44RABO0123456789.', ['iban', 'NL44RABO0123456789']),
  s('De bewindvoerder gebruikt nl05abna0102030405 voor het leefgeld.', [
    'iban',
    'nl05abna0102030405',
  ]),
  s('Zij vroeg of de toeslag op NL22 TRIO 0987 6543 21 gestort kon worden.', [
    'iban',
    'NL22 TRIO 0987 6543 21',
  ]),
  s('IBAN van de verhuurder: NL54 SNSB 0918 2736 45', ['iban', 'NL54 SNSB 0918 2736 45']),
  s(
    'Het leefgeld gaat naar NL66ASNB0707070707 en de vaste lasten naar NL63BUNQ2040608010.',
    ['iban', 'NL66ASNB0707070707'],
    ['iban', 'NL63BUNQ2040608010'],
  ),
  s('Betalingen aan de budgetbeheerder via nl15 knab 0555 4443 33.', [
    'iban',
    'nl15 knab 0555 4443 33',
  ]),
  s('De moeder heeft nog een Belgische rekening, BE68 5390 0754 7034.', [
    'iban',
    'BE68 5390 0754 7034',
  ]),
  s('Het loon van zijn Duitse werkgever komt op DE89 3704 0044 0532 0130 00 binnen.', [
    'iban',
    'DE89 3704 0044 0532 0130 00',
  ]),
  s('Een schuldeiser in Frankrijk vraagt betaling op FR14 2004 1010 0505 0001 3M02 606.', [
    'iban',
    'FR14 2004 1010 0505 0001 3M02 606',
  ]),
  s('Hij stuurt geld naar familie via ES9121000418450200051332.', [
    'iban',
    'ES9121000418450200051332',
  ]),
  s('De pensioenuitkering uit het VK gaat naar GB29 NWBK 6016 1331 9268 19.', [
    'iban',
    'GB29 NWBK 6016 1331 9268 19',
  ]),
  s('Op het afschrift staat NL67 INGB 0006 5432 10 als tegenrekening.', [
    'iban',
    'NL67 INGB 0006 5432 10',
  ]),
  s('Zijn Poolse rekening PL61 1090 1014 0000 0712 1981 2874 staat nog open.', [
    'iban',
    'PL61 1090 1014 0000 0712 1981 2874',
  ]),
  s('De automatische incasso van NL39RABO0300065264 mislukt elke maand.', [
    'iban',
    'NL39RABO0300065264',
  ]),
  s('Het Turkse rekeningnummer TR33 0006 1005 1978 6457 8413 26 hoort bij zijn broer.', [
    'iban',
    'TR33 0006 1005 1978 6457 8413 26',
  ]),
];

/** Numbers that look like a BSN or IBAN but fail the checksum, or are amounts and references. */
export const NUMBER_LOOK_ALIKES = [
  s('Het ordernummer 123456789 hoort bij de bestelling van de traplift.'),
  s('Zaaknummer 2023-004512 is doorgezet naar de bezwaarcommissie.'),
  s('Het nummer 987654320 in het voorbeeld faalt op de elfproef.'),
  s('Het dossiernummer 246813579 staat bovenaan de brief.'),
  s('Het klantnummer bij de energieleverancier is 555666777.'),
  s('Zij verdient € 1.250,00 netto per maand.'),
  s('De regio begroot € 111.222.333 voor jeugdhulp in 2026.'),
  s('Het totale budget was 123.456.782,00 euro.'),
  s('In 2023 kregen 1.245 huishoudens een energietoeslag.'),
  s('Factuurnummer 271828182 is nog niet betaald.'),
  s('Het IBAN NL21 INGB 0001 2345 67 uit het voorbeeld heeft foute controlecijfers.'),
  s('Rekening NL44RABO0123456780 is door de bank afgekeurd.'),
  s('Projectcode NL2025-ZORG-04 staat op de factuur.'),
  s('Het nummer DE88 3704 0044 0532 0130 00 in de brief klopt niet.'),
  s('Er staan 192 837 465 regels in het exportbestand.'),
];
