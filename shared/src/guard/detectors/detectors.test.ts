import { describe, expect, it } from 'vitest';
import { findAddress } from './address.ts';
import { findBsn } from './bsn.ts';
import { findDateOfBirth } from './date-of-birth.ts';
import { findIban } from './iban.ts';
import { findLicencePlate } from './licence-plate.ts';
import { findPersonName } from './person-name.ts';
import { findPhone } from './phone.ts';
import { scanPersonalData } from '../scan.ts';
import type { Candidate } from '../types.ts';

const matches = (text: string, found: Candidate[]): string[] =>
  found.map((c) => text.slice(c.start, c.end));

describe('detectors', () => {
  it('BSN: not the nine digits of a phone number after +31 or (0)', () => {
    const text = 'Bel +31 111222333 of +31 (0)111 222 333, BSN 111 222 333.';
    expect(matches(text, findBsn(text))).toEqual(['111 222 333']);
  });

  it('BSN: not part of a longer number or a decimal', () => {
    const text = '1112223330 en 0,111222333 en 111222333-2';
    expect(findBsn(text)).toEqual([]);
  });

  it('IBAN: stops at the country length, so the next word is not swallowed', () => {
    const text = 'naar NL20 INGB 0001 2345 67 en 12 andere';
    expect(matches(text, findIban(text))).toEqual(['NL20 INGB 0001 2345 67']);
  });

  it('phone: two numbers in one run of digits are two findings', () => {
    const text = 'Bel 06 12345678 06 87654321';
    expect(matches(text, findPhone(text))).toEqual(['06 12345678', '06 87654321']);
  });

  it('phone: not a date followed by a time, nor a number after a reference label', () => {
    const text = 'Op 01-02-2023 14:30, klantnummer 0612345678.';
    expect(findPhone(text)).toEqual([]);
  });

  it('address: no municipality name followed by a number', () => {
    const text = 'In Moerdijk 3 keer, gemeente Moerdijk 12, in Rotterdam 4 wijken.';
    expect(findAddress(text)).toEqual([]);
  });

  it('address: a year after a street-like word is not a house number', () => {
    const text = 'Het Zorgpark 2025 opent in de zomer.';
    expect(findAddress(text)).toEqual([]);
  });

  it('date of birth: a year alone or an unrelated date is no date of birth', () => {
    const text = 'Geboren in 1985. Op 03-03-2020 kreeg ze een uitkering.';
    expect(findDateOfBirth(text)).toEqual([]);
  });

  it('licence plate: small letters count only after the word kenteken', () => {
    const text = 'een 12-abc-3 code, kenteken 12-abc-3';
    expect(matches(text, findLicencePlate(text))).toEqual(['12-abc-3']);
    expect(findLicencePlate(text)[0]?.start).toBe(text.lastIndexOf('12-abc-3'));
  });

  it('person name: not when marked fictional, nor a role or an initial', () => {
    const text = 'Mevrouw Bakker (fictief) en meneer Wethouder en mevrouw A. en dhr. K belden.';
    expect(findPersonName(text)).toEqual([]);
  });

  it('BSN: every grouping people type, confirmed by the 11-test; look-alikes stay unflagged', () => {
    const text =
      'BSN 6891-09-325, 159/472/465, 3314 84 079, 1389.62.984 en 102 119\n922; order 8144-43-469, tel 0612 345 678.';
    expect(matches(text, findBsn(text))).toEqual([
      '6891-09-325',
      '159/472/465',
      '3314 84 079',
      '1389.62.984',
      '102 119\n922',
    ]);
  });

  it('IBAN: a space after the country code, dots and a line break between groups', () => {
    const text =
      'NL 71 ASNB 9849566221, NL07.RABO.5773.8196.84 en NL19 SNSB\n0560 9500 40; niet NL09INGB5798072815.';
    expect(matches(text, findIban(text))).toEqual([
      'NL 71 ASNB 9849566221',
      'NL07.RABO.5773.8196.84',
      'NL19 SNSB\n0560 9500 40',
    ]);
  });

  it('phone: dots between pairs and a number inside brackets; an IBAN with a typo is no phone', () => {
    const text = '06.23.45.67.89 of (010 - 234 56 78), niet NL39 ASNB 0865 9957 05 of 01.02.2023.';
    expect(matches(text, findPhone(text))).toEqual(['06.23.45.67.89', '010 - 234 56 78']);
  });

  it('date of birth and plate: "geb 21 sept. 2006", and a plate typed without dashes after "kenteken"', () => {
    const text = 'De jongen (geb 21 sept. 2006) rijdt met kenteken GT908K.';
    expect(matches(text, findDateOfBirth(text))).toEqual(['21 sept. 2006']);
    expect(matches(text, findLicencePlate(text))).toEqual(['GT908K']);
  });

  it('person name: full names without a title, of many origins, with particles and initials', () => {
    const text =
      'Mohamed el Khatib belde. De partner, Piotr Kowalski, werkt. Henk van der Linden meldde het. J. de Boer en A.B. Öztürk.';
    expect(matches(text, findPersonName(text))).toEqual([
      'Mohamed el Khatib',
      'Piotr Kowalski',
      'Henk van der Linden',
      'J. de Boer',
      'A.B. Öztürk',
    ]);
  });

  it('person name: a first name alone, and an unknown name after a family word or before a verb of speech', () => {
    const text =
      'Sanne belde. Volgens haar broer Ahmed slaapt ze slecht. De moeder van Jayden is boos.';
    expect(matches(text, findPersonName(text))).toEqual(['Sanne', 'Ahmed', 'Jayden']);
  });

  it('person name: municipalities, organisations, months, streets and ordinary words stay unflagged', () => {
    const text =
      'In Maart is er een MDO in Den Bosch met Veilig Thuis, het Leger des Heils en de Raad voor de Kinderbescherming; de Brede School aan de Kerkstraat en Albert Heijn in Capelle aan den IJssel.';
    expect(findPersonName(text)).toEqual([]);
  });

  it('person name: a name marked as made up once is made up throughout the text', () => {
    const text =
      'Noem haar Sanne. Sanne is 38. Haar zoon, die we Daan noemen, is 7. Daan speelt buiten.';
    expect(findPersonName(text)).toEqual([]);
  });

  it('address: after the word postcode, small letters with a space count too; a year does not', () => {
    const text = 'postcode 3512 jk, en in 2015 en 2016 niet.';
    expect(matches(text, findAddress(text))).toEqual(['3512 jk']);
  });

  it('person name: organisation names that hold first names or surnames stay unflagged, people beside them not', () => {
    const text =
      'Mevrouw Kowalczyk werkt via Otto Workforce. De GGD ging met iemand van stichting Vivenz en ' +
      'van Huisartsenpraktijk Jansen naar OBS De Hoop. Overleg met Zorg en Veiligheidshuis ' +
      'Rotterdam. Volgens haar zoon Ahmed is Jan Nijhuis van Bakker Transport BV de eigenaar. ' +
      'Aanwezig: Wijkteam Jeroen de Vries.';
    expect(scanPersonalData(text, { kinds: ['person-name'] }).map((f) => f.match)).toEqual([
      'Mevrouw Kowalczyk',
      'Ahmed',
      'Jan Nijhuis',
      'Jeroen de Vries',
    ]);
  });

  it('person name: an institution, an English organisation name or an organisation after "van de" is no part of a name', () => {
    const text =
      'Volgens mw. Wiersma van de Kredietbank kan de collega van Schuldhulp helpen. Hij gaat naar ' +
      'Emma at Work, de William Schrikker Stichting en De Twentse Zorgcentra. Ik sprak Kevin of Sanne Jansen. Waiting for Anna and Bram.';
    expect(scanPersonalData(text, { kinds: ['person-name'] }).map((f) => f.match)).toEqual([
      'mw. Wiersma',
      'Kevin',
      'Sanne Jansen',
      'Anna',
      'Bram',
    ]);
  });

  it('person name: a surname joined by a capital A or named after a place, and a name someone else gives a real person', () => {
    const text =
      'Mevrouw Tjon-A-Fong belde. Ze noemt haar stiefvader Ron. We noemen hem Mo, Mo is 17. ' +
      'Ook mevrouw Van Houten kwam.';
    expect(scanPersonalData(text, { kinds: ['person-name'] }).map((f) => f.match)).toEqual([
      'Mevrouw Tjon-A-Fong',
      'Ron',
      'mevrouw Van Houten',
    ]);
  });

  it('numbers over a line break: found, still checked, look-alikes not', () => {
    const text =
      'Bel 06 12\n34 56 78 of 030 - 276\n41 18. BSN 111 222\n333, IBAN NL20 INGB\n0001 2345 67. ' +
      'Niet: BSN 123 456\n789, NL21 INGB\n0001 2345 67, 06\n12 34\n56 78, zaaknummer 0612\n345678. ' +
      'Bel 06 1234 5678\n2 kinderen.';
    expect(scanPersonalData(text).map((f) => `${f.kind}: ${f.match}`)).toEqual([
      'phone: 06 12\n34 56 78',
      'phone: 030 - 276\n41 18',
      'bsn: 111 222\n333',
      'iban: NL20 INGB\n0001 2345 67',
      'phone: 06 1234 5678',
    ]);
  });
});
