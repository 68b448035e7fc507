import { s } from './sentence.ts';

/** Case-like sentences with several kinds at once, and ones full of numbers that are all harmless. */
export const MIXED_SENTENCES = [
  s(
    'Mevrouw Jansen (BSN 111222333) woont op de Kerkstraat 12 en is bereikbaar op 06-12345678.',
    ['person-name', 'Mevrouw Jansen'],
    ['bsn', '111222333'],
    ['address', 'Kerkstraat 12'],
    ['phone', '06-12345678'],
  ),
  s(
    'Dhr. Bakker, geboren op 4 april 1970, rijdt in een auto met kenteken 34-KLM-5.',
    ['person-name', 'Dhr. Bakker'],
    ['date-of-birth', '4 april 1970'],
    ['licence-plate', '34-KLM-5'],
  ),
  s(
    'Stuur de beschikking naar s.devries@example.org of naar 1234 AB 5.',
    ['email', 's.devries@example.org'],
    ['address', '1234 AB 5'],
  ),
  s('Het leefgeld (€ 60,- per week) gaat naar NL20 INGB 0001 2345 67.', [
    'iban',
    'NL20 INGB 0001 2345 67',
  ]),
  s(
    'De moeder (geb. 12-12-1988, tel. 06 98765432) vroeg om uitstel.',
    ['date-of-birth', '12-12-1988'],
    ['phone', '06 98765432'],
  ),
  s(
    'Het gezin Demir woont op de Lindelaan 4 en heeft een schuld van € 14.500.',
    ['person-name', 'gezin Demir'],
    ['address', 'Lindelaan 4'],
  ),
  s(
    'De heer Smit, BSN 123 456 782, belde om 09:45.',
    ['person-name', 'De heer Smit'],
    ['bsn', '123 456 782'],
  ),
  s('Noem haar Sanne, 42 jaar, met een schuld van € 8.400 en een afspraak om 14:30.'),
  s('In 2024 hadden 3.120 huishoudens een Wmo-voorziening, 12,5 procent meer dan in 2023.'),
  s('We werken met versie 3.2.1 van het registratiesysteem, release 2.10.0 volgt.'),
  s('Het keukentafelgesprek duurde van 9:15 tot 10:45, daarna volgde een MDO om 11.00 uur.'),
  s('Volgens art. 4:84 Awb en artikel 2.4.1 lid 3 Jeugdwet moet de gemeente afwegen.'),
  s('Zwolle, Kampen en Dalfsen delen sinds 2021 één inkoopteam voor 19 aanbieders.'),
  s('We noemen hem Mo, hij is 17 en woont met zijn moeder in een flat in een krimpgemeente.'),
  s('Artikel 18 lid 2 Participatiewet: een maatregel van 100 procent gedurende 1 maand.'),
];
