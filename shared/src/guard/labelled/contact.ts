import { s } from './sentence.ts';

// Made-up phone numbers and e-mail addresses; domains are common providers, local parts invented.
export const PHONE_SENTENCES = [
  s('Je kunt haar bereiken op 06-12345678.', ['phone', '06-12345678']),
  s('Zijn mobiele nummer is 06 1234 5678.', ['phone', '06 1234 5678']),
  s('Bel de vader op (06) 87654321 na vijf uur.', ['phone', '(06) 87654321']),
  s('De buurvrouw belde vanaf +31 6 23456789.', ['phone', '+31 6 23456789']),
  s('Telefoon thuis: 010-2345678.', ['phone', '010-2345678']),
  s('De school heeft 020 345 6789 doorgegeven als noodnummer.', ['phone', '020 345 6789']),
  s('Zijn werkgever in Emmen is bereikbaar via 0591-123456.', ['phone', '0591-123456']),
  s('Op het briefje stond +31 (0)30 234 5678.', ['phone', '+31 (0)30 234 5678']),
  s('Het nummer 0031 6 34567890 staat in de telefoonlijst van het wijkteam.', [
    'phone',
    '0031 6 34567890',
  ]),
  s('Moeder: 0612345678, vader: 0687654321.', ['phone', '0612345678'], ['phone', '0687654321']),
  s('Graag terugbellen op 070 - 123 45 67.', ['phone', '070 - 123 45 67']),
  s('Het nummer van de verhuurder is 0299 45 67 89.', ['phone', '0299 45 67 89']),
  s('Via +31612345678 stuurde hij berichten naar de jongerenwerker.', ['phone', '+31612345678']),
  s('Noodnummer oma: 06-23 45 67 89.', ['phone', '06-23 45 67 89']),
  s('Hij belde om 14:30 vanaf 036-5432109.', ['phone', '036-5432109']),
];

export const EMAIL_SENTENCES = [
  s('Haar mailadres is s.jansen1984@gmail.com.', ['email', 's.jansen1984@gmail.com']),
  s('Stuur het plan naar piet.bakker@hotmail.nl voor vrijdag.', [
    'email',
    'piet.bakker@hotmail.nl',
  ]),
  s('De jongere mailde vanaf gamer_mo2007@outlook.com.', ['email', 'gamer_mo2007@outlook.com']),
  s('E-mail van de zus: fatma.yilmaz+zorg@ziggo.nl', ['email', 'fatma.yilmaz+zorg@ziggo.nl']),
  s('Contact via info@familiebos.nl loopt niet meer.', ['email', 'info@familiebos.nl']),
  s('Het adres j.de.vries@kpnmail.nl staat in de aanmelding.', ['email', 'j.de.vries@kpnmail.nl']),
  s('Hij gebruikt sinds kort henk-jan.smit@live.nl.', ['email', 'henk-jan.smit@live.nl']),
  s('Reageren kan op marieke.vd.berg@xs4all.nl of telefonisch.', [
    'email',
    'marieke.vd.berg@xs4all.nl',
  ]),
  s('De ex-partner stuurde dreigmails vanaf anoniem123@protonmail.com.', [
    'email',
    'anoniem123@protonmail.com',
  ]),
  s('Cc: a.el-amrani@gmail.com', ['email', 'a.el-amrani@gmail.com']),
];

/** Times, service numbers and other digits that are no phone number; handles that are no e-mail. */
export const CONTACT_LOOK_ALIKES = [
  s('Het gesprek is om 14:30 in het gemeentehuis.'),
  s('Het bezwaar onder zaaknummer 2024-018733 is gegrond verklaard.'),
  s('Dossiernummer 0123456789 staat op de brief van de rechtbank.'),
  s('De hulplijn 0800-1234 is gratis en anoniem.'),
  s('Bel 112 bij direct gevaar.'),
  s('De inloop is van 09.00 tot 12.30 uur.'),
  s('Het budget steeg van 1.200.000 naar 1.450.000 euro.'),
  s('Tussen 2019 en 2023 verdubbelde het aantal meldingen.'),
  s('Hij deelt alles op Instagram onder @sportmaniak.'),
  s('Zie de website van de gemeente voor de regels over de Wmo.'),
  s('De afspraak staat op 03-03-2024 om 10:15.'),
];
