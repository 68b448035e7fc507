import { s } from './sentence.ts';

// Invented dates and frequent Dutch surnames; none refers to a real client.
export const DATE_OF_BIRTH_SENTENCES = [
  s('Ze is geboren op 3 maart 1985 in Utrecht.', ['date-of-birth', '3 maart 1985']),
  s('Zoon (geb. 03-03-2012) zit in groep 8.', ['date-of-birth', '03-03-2012']),
  s('Geboortedatum: 14-07-1979', ['date-of-birth', '14-07-1979']),
  s('De moeder, geboren 21/11/1990, werkt parttime.', ['date-of-birth', '21/11/1990']),
  s('Zijn geboortedatum is 1 januari 1960.', ['date-of-birth', '1 januari 1960']),
  s('Het kind is op 12 mei 2019 geboren.', ['date-of-birth', '12 mei 2019']),
  s(
    'Vader geb. 5-8-1975, moeder geb. 17-2-1978.',
    ['date-of-birth', '5-8-1975'],
    ['date-of-birth', '17-2-1978'],
  ),
  s('Geboren op 2004-09-30 en sinds kort meerderjarig.', ['date-of-birth', '2004-09-30']),
  s('De jongste is geboren op 29 februari 2016.', ['date-of-birth', '29 februari 2016']),
  s('Geb.datum: 08.06.1988', ['date-of-birth', '08.06.1988']),
  s('Hij werd geboren op 1 okt. 1949 en woont nog zelfstandig.', ['date-of-birth', '1 okt. 1949']),
  s('Mevrouw is op 15-04-1952 geboren en heeft beginnende dementie.', [
    'date-of-birth',
    '15-04-1952',
  ]),
];

export const PERSON_NAME_SENTENCES = [
  s('Mevrouw Jansen belt elke week naar het wijkteam.', ['person-name', 'Mevrouw Jansen']),
  s('De heer De Vries heeft schulden bij de zorgverzekeraar.', ['person-name', 'De heer De Vries']),
  s('Volgens mevr. De Boer is de woning vervuild.', ['person-name', 'mevr. De Boer']),
  s('Dhr. Bakker wil geen hulp.', ['person-name', 'Dhr. Bakker']),
  s('Ik sprak meneer Yılmaz over zijn re-integratie.', ['person-name', 'meneer Yılmaz']),
  s('De dochter van mevrouw A. van den Berg zorgt voor haar.', [
    'person-name',
    'mevrouw A. van den Berg',
  ]),
  s('De familie El Amrani woont al jaren in de wijk.', ['person-name', 'familie El Amrani']),
  s('Het gezin Kaya heeft vier kinderen.', ['person-name', 'gezin Kaya']),
  s('Mw. Visser-de Jong is mantelzorger voor haar man.', ['person-name', 'Mw. Visser-de Jong']),
  s('Het advies van dhr. J.P. Smit was om te wachten.', ['person-name', 'dhr. J.P. Smit']),
  s('Mevrouw Petra Hendriks gaf aan dat ze geen geld meer heeft.', [
    'person-name',
    'Mevrouw Petra Hendriks',
  ]),
  s('De jongen heet Thijs van Leeuwen en is vijftien.', ['person-name', 'Thijs van Leeuwen']),
  s('Mijn collega besprak het met de heer Özdemir.', ['person-name', 'de heer Özdemir']),
  s('Haar naam is Fatima Bouzid.', ['person-name', 'Fatima Bouzid']),
  s('Mr. Van der Meer trad op als advocaat van de moeder.', ['person-name', 'Mr. Van der Meer']),
  // Issue 15: a first name alone that refers to a person is personal data (was a look-alike).
  s('Ze heet Anna en ze is net achttien.', ['person-name', 'Anna']),
];

/** Dates that are no date of birth, and names the writer has made up or that are no name. */
export const PEOPLE_LOOK_ALIKES = [
  s('Het gesprek vond plaats op 3 maart 2024.'),
  s('Ze is geboren in 1985.'),
  s('De beschikking van 01-02-2023 liep af op 31-12-2023.'),
  s('Sinds de geboorte van haar dochter in 2019 werkt ze niet meer.'),
  s('Hij is 38 jaar oud en woont sinds 12 juni 2020 in de wijk.'),
  s('Op 14-02-2024 om 14:30 is er een keukentafelgesprek.'),
  s('Noem haar Anna: ze is 34 en heeft twee kinderen.'),
  s('We noemen hem Mo; hij is zeventien.'),
  s('Mevrouw de wethouder opende de bijeenkomst.'),
  s('Noem haar mevrouw Bakker.'),
  s('Sanne (fictieve naam) is alleenstaande moeder.'),
  s('Meneer wil vooral rust in zijn hoofd.'),
  s('Mevrouw X heeft een hulpvraag over huishoudelijke hulp.'),
  s('De gemeente Den Haag en de gemeente De Bilt werken samen.'),
  s('In Bergen op Zoom en Hardinxveld-Giessendam lopen pilots.'),
  s('Familie en vrienden helpen mee met de verhuizing.'),
  s('We noemen de moeder Sanne en de vader Tom.'),
  s('De heer des huizes bepaalt alles, zegt de moeder.'),
  s('Het gezin heeft vooral hulp nodig bij de administratie.'),
  s('De casus van mevrouw A. is fictief.'),
];
